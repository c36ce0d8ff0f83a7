// `device provision` quit with a second Ctrl-C: the process ends by SIGINT without leaving a temp
// file or a half-written report behind, and a rerun finishes with exactly one enabled device per user.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startSandbox, type Sandbox } from "@mfa-session/sandbox";
import { afterEach, describe, expect, it } from "vitest";
import { CLI } from "./support/mfaWorld.js";
import { runProcess } from "./support/runProcess.js";

const home = process.env.HOME!;
const USERS = Array.from({ length: 60 }, (_, i) => `quser${String(i).padStart(2, "0")}`);
let sandbox: Sandbox | undefined;

afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

function doneCount(outDir: string): number {
  try {
    const report = JSON.parse(readFileSync(join(outDir, "provision-report.json"), "utf8"));
    return Object.values(report.users as Record<string, { status: string }>).filter((u) => u.status === "done").length;
  } catch {
    return 0; // not written yet
  }
}

describe("mfa-session device provision, second Ctrl-C", () => {
  it("quits without leaving a temp file or a torn report, and a rerun finishes with one device per user", async () => {
    sandbox = await startSandbox();
    for (const userName of USERS) sandbox.admin.createUser({ userName, requireMfa: false, withAccessKey: false });
    sandbox.faults.set({ action: "EnableMFADevice", kind: "latency", latencyMs: 15 });
    writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, `[admin]\naws_access_key_id = ${sandbox.admin.accessKeyId}\naws_secret_access_key = ${sandbox.admin.secretAccessKey}\n`, { mode: 0o600 });
    writeFileSync(process.env.AWS_CONFIG_FILE!, `[profile admin]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\n`);
    const usersFile = join(home, "quit-users.txt");
    writeFileSync(usersFile, `${USERS.join("\n")}\n`);
    const outDir = join(home, "quit-out");
    const args = [CLI, "device", "provision", "--users-file", usersFile, "--out-dir", outDir, "--enable-with-seeds", "--profile", "admin"];
    const env = { ...process.env, MFA_SESSION_RETRY_BASE_MS: "2", MFA_SESSION_RETRY_MAX_MS: "20" };

    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => { stderr += chunk; });
    child.stdout.resume();
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
    const waitFor = async (ready: () => boolean, what: string) => {
      while (!ready()) {
        if (child.exitCode !== null) throw new Error(`provision ended before ${what}: ${stderr.slice(-1000)}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    await waitFor(() => doneCount(outDir) >= 10, "the first Ctrl-C");
    child.kill("SIGINT");
    await waitFor(() => stderr.includes("Ctrl-C again to quit now"), "the second Ctrl-C");
    child.kill("SIGINT");
    const quit = await exited;
    expect(quit.signal, stderr.slice(-1000)).toBe("SIGINT");
    expect(readdirSync(outDir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(existsSync(join(outDir, "provision-report.json"))).toBe(true);
    expect(doneCount(outDir)).toBeLessThan(USERS.length);
    JSON.parse(readFileSync(join(outDir, "provision-report.json"), "utf8")); // whole, not torn

    const rerun = await runProcess(process.execPath, args, { env, timeoutMs: 120_000 });
    expect(rerun.code, rerun.stderr.slice(-2000)).toBe(0);
    const devices = Object.values(sandbox.admin.snapshot().mfaDevices);
    expect(devices.map((d) => d.userName).sort()).toEqual(USERS);
    expect(doneCount(outDir)).toBe(USERS.length);
    expect(readdirSync(outDir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 180_000);
});
