import { describe, expect, it } from "vitest";
import { InvalidMfaCodeError } from "../errors/errors.js";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { createMfaProcessProvider, type ShellCommandRunner } from "./mfaProcessProvider.js";

const request = { profile: "work", mfaSerial: "arn:aws:iam::123456789012:mfa/a", reason: "test", attempt: 1 };

function runner(stdout: string): ShellCommandRunner & { commands: string[] } {
  const commands: string[] = [];
  return Object.assign(async (command: string) => (commands.push(command), { stdout }), { commands });
}

describe(createMfaProcessProvider.name, () => {
  it("runs the command and returns its trimmed output", async () => {
    const run = runner("  123456\n");
    expect(await createMfaProcessProvider({ command: "totp work", env: {}, run })(request)).toBe("123456");
    expect(run.commands).toEqual(["totp work"]);
  });

  it("takes the code in the 123 456 form too, as any code a person gives", async () => {
    expect(await createMfaProcessProvider({ command: "totp", env: {}, run: runner("123 456\n") })(request)).toBe("123456");
  });

  it("rejects output that is not 6 digits without showing it", async () => {
    const error = await createMfaProcessProvider({ command: "totp", env: {}, run: runner("12345 secret-ish\n") })(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidMfaCodeError);
    expect((error as Error).message).toContain("mfa_process did not print a 6-digit code");
    expect((error as Error).message).not.toContain("12345");
  });

  it("does not run again after STS refused its code", async () => {
    const run = runner("123456");
    await expect(createMfaProcessProvider({ command: "totp", env: {}, run })({ ...request, attempt: 2, previousError: "invalid" })).rejects.toBeInstanceOf(InvalidMfaCodeError);
    expect(run.commands).toEqual([]);
  });

  it("names mfa_process when the command fails and keeps foreign error text out", async () => {
    const run: ShellCommandRunner = async () => {
      throw new Error("stdout was 654321");
    };
    const error = await createMfaProcessProvider({ command: "totp", env: {}, run })(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MfaSessionError);
    expect((error as Error).message).toMatch(/^Profile work: mfa_process failed; run the command/);
    expect((error as Error).message).not.toContain("654321");
  });
});
