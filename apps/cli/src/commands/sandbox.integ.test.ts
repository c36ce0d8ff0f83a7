import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { describe, expect, it } from "vitest";
import { createSandboxCommand } from "./sandbox.js";

interface SandboxLine {
  endpoint: string;
  region: string;
  accountId: string;
  accessKeyId: string;
  secretAccessKey: string;
}

function collector() {
  let text = "";
  let notify: (() => void) | undefined;
  return {
    stream: { write: (chunk: string | Uint8Array) => ((text += String(chunk)), notify?.(), true) },
    get text() { return text; },
    firstLine: () => new Promise<string>((done) => {
      const check = () => { if (text.includes("\n")) done(text.split("\n")[0]!); };
      notify = check;
      check();
    }),
  };
}

async function callerArn(line: SandboxLine): Promise<string | undefined> {
  const sts = new STSClient({ endpoint: line.endpoint, region: line.region, maxAttempts: 1, credentials: { accessKeyId: line.accessKeyId, secretAccessKey: line.secretAccessKey } });
  return (await sts.send(new GetCallerIdentityCommand({}))).Arn;
}

describe(createSandboxCommand.name, () => {
  it("prints one JSON line whose admin key works against the endpoint, then stops when asked", async () => {
    let stop!: () => void;
    const command = createSandboxCommand({ waitForStop: () => new Promise<void>((done) => (stop = done)) });
    const stdout = collector();
    const stderr = collector();
    const running = command.run([], { stdout: stdout.stream, stderr: stderr.stream, env: {}, cwd: process.cwd() });
    const line = JSON.parse(await stdout.firstLine()) as SandboxLine;
    expect(line.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await callerArn(line)).toBe(`arn:aws:iam::${line.accountId}:user/sandbox-admin`);
    expect(stderr.text).not.toContain(line.secretAccessKey);
    stop();
    expect(await running).toBe(0);
    await expect(fetch(line.endpoint)).rejects.toThrow();
  });

  it("keeps the admin key across restarts with --state, in a 0600 file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sandbox-cmd-"));
    try {
      const runOnce = async () => {
        let stop!: () => void;
        const stdout = collector();
        const running = createSandboxCommand({ waitForStop: () => new Promise<void>((done) => (stop = done)) })
          .run(["--state", "state.json"], { stdout: stdout.stream, stderr: collector().stream, env: {}, cwd: dir });
        const line = JSON.parse(await stdout.firstLine()) as SandboxLine;
        stop();
        await running;
        return line;
      };
      const first = await runOnce();
      const second = await runOnce();
      expect(second.accessKeyId).toBe(first.accessKeyId);
      expect(statSync(join(dir, "state.json")).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("rejects a port that is not a number with a usage error", async () => {
    const command = createSandboxCommand({ waitForStop: async () => {} });
    await expect(command.run(["--port", "abc"], { stdout: collector().stream, stderr: collector().stream, env: {}, cwd: process.cwd() }))
      .rejects.toMatchObject({ code: "USAGE" });
  });

  it("says what to do when the port is taken or the state file is corrupt", async () => {
    const io = { stdout: collector().stream, stderr: collector().stream, env: {}, cwd: process.cwd() };
    const { startSandbox } = await import("@mfa-session/sandbox");
    const busy = await startSandbox();
    const dir = mkdtempSync(join(tmpdir(), "sandbox-cmd-"));
    try {
      const command = createSandboxCommand({ waitForStop: async () => {} });
      await expect(command.run(["--port", String(busy.port)], io)).rejects.toMatchObject({ code: "USAGE", message: expect.stringContaining("already in use") });
      writeFileSync(join(dir, "state.json"), "{oops");
      await expect(command.run(["--state", join(dir, "state.json")], io)).rejects.toMatchObject({ code: "CONFIG_INVALID", message: expect.stringContaining("fix or delete it") });
    } finally {
      await busy.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs as `mfa-session sandbox` from the built CLI and exits 0 on SIGTERM", async () => {
    const bin = fileURLToPath(new URL("../../dist/mfa-session.js", import.meta.url));
    expect(existsSync(bin), "build the CLI first: pnpm --filter mfa-session build").toBe(true);
    const child = spawn(process.execPath, [bin, "sandbox", "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      const firstLine = await new Promise<string>((done, fail) => {
        let text = "";
        child.stdout.on("data", (chunk: Buffer) => {
          text += chunk.toString("utf8");
          if (text.includes("\n")) done(text.split("\n")[0]!);
        });
        child.once("exit", (code) => fail(new Error(`exited early with ${code}`)));
      });
      const line = JSON.parse(firstLine) as SandboxLine;
      expect(await callerArn(line)).toBe(`arn:aws:iam::${line.accountId}:user/sandbox-admin`);
      const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});
