import { describe, expect, it } from "vitest";
import { formatStderrTail, runShellCommand } from "./runShellCommand.js";

const env = { PATH: process.env.PATH, HOME: process.env.HOME };
const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toMatchObject({ code: "CREDENTIAL_PROCESS_FAILED" });
  return error as Error;
}

describe(runShellCommand.name, () => {
  it("runs the line through the shell and returns stdout and stderr", async () => {
    const result = await runShellCommand("printf '%s' \"$GREETING\" | tr a-z A-Z; echo note >&2", { env: { ...env, GREETING: "hello" }, timeoutMs: 10_000 });
    expect(result).toEqual({ stdout: "HELLO", stderr: "note\n" });
  });

  it("gives the command no stdin", async () => {
    const result = await runShellCommand("cat; echo done", { env, timeoutMs: 10_000 });
    expect(result.stdout).toBe("done\n");
  });

  it("runs in the given folder", async () => {
    const result = await runShellCommand("pwd", { env, timeoutMs: 10_000, cwd: "/" });
    expect(result.stdout.trim()).toBe("/");
  });

  it("reports a non-zero exit with its status and stderr, never stdout", async () => {
    const error = await failure(runShellCommand(`echo '${SECRET}'; echo 'vault is locked' >&2; exit 3`, { env, timeoutMs: 10_000, subject: "Profile base: credential_process" }));
    expect(error.message).toContain("Profile base: credential_process exited with status 3");
    expect(error.message).toContain("It said: vault is locked. Run it in a terminal");
    expect(error.message).not.toContain(SECRET);
  });

  it("hints at PATH when the program is not found", async () => {
    const error = await failure(runShellCommand("definitely-not-a-program-xyz", { env, timeoutMs: 10_000 }));
    expect(error.message).toContain("status 127");
    expect(error.message).toContain("PATH");
  });

  it("stops a command that outlives the timeout", async () => {
    const error = await failure(runShellCommand("sleep 30", { env, timeoutMs: 300 }));
    expect(error.message).toContain("did not finish within 300 ms");
  });

  it("stops a command that prints more than the cap", async () => {
    const error = await failure(runShellCommand("yes | head -c 100000", { env, timeoutMs: 10_000, maxOutputBytes: 1000 }));
    expect(error.message).toContain("more than 1000 bytes");
  });
});

describe(formatStderrTail.name, () => {
  it("keeps the last two lines and blanks out codes and key-like tokens", () => {
    expect(formatStderrTail(`a\nb\ncode 123456 rejected\nkey ${SECRET} bad\n`)).toBe("code [redacted] rejected / key [redacted] bad");
  });

  it("keeps setting names readable, as a child mfa-session's message names them", () => {
    const said = "mfa-session: Profile a: its credentials would come from mfa-session for a again (a -> a). Set mfa_session_source_profile to the profile that holds your long-term access keys.";
    expect(formatStderrTail(said)).toBe(said);
  });

  it("masks a secret that the 300-character clip cuts in two", () => {
    // 320 characters: the last 300 start in the middle of the key.
    const tail = formatStderrTail(`aaaaaaaaaa ${SECRET} ${"b ".repeat(134)}`);
    expect(tail).not.toContain(SECRET.slice(10));
    expect(tail).toContain("aaaaaaaaaa [redacted] b b");
  });
});
