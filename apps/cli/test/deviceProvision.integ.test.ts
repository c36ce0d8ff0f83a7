// `device provision` for 200 users against the sandbox: throttling injected and retried, every
// user's device created and enabled once, private files, a correct report; and a run interrupted
// (Ctrl-C, then kill -9) and rerun ends with exactly one device per user.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startSandbox, type Sandbox } from "@mfa-session/sandbox";
import { afterEach, describe, expect, it } from "vitest";
import { zbarDecode } from "./deviceTestSupport.js";
import { assertNoSecrets, createKnownSecrets } from "./support/assertNoSecrets.js";
import { CLI } from "./support/mfaWorld.js";
import { runProcess } from "./support/runProcess.js";

const home = process.env.HOME!;
const USERS = Array.from({ length: 200 }, (_, i) => `user${String(i).padStart(3, "0")}`);
let sandbox: Sandbox | undefined;

afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

async function setUp(name: string) {
  sandbox = await startSandbox();
  for (const userName of USERS) sandbox.admin.createUser({ userName, requireMfa: false, withAccessKey: false });
  writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, `[admin]\naws_access_key_id = ${sandbox.admin.accessKeyId}\naws_secret_access_key = ${sandbox.admin.secretAccessKey}\n`, { mode: 0o600 });
  writeFileSync(process.env.AWS_CONFIG_FILE!, `[profile admin]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\n`);
  const usersFile = join(home, `${name}-users.txt`);
  writeFileSync(usersFile, `# the team\n${USERS.join("\n")}\n`);
  const outDir = join(home, `${name}-out`);
  const args = [CLI, "device", "provision", "--users-file", usersFile, "--out-dir", outDir, "--enable-with-seeds", "--profile", "admin"];
  const env = { ...process.env, MFA_SESSION_RETRY_BASE_MS: "2", MFA_SESSION_RETRY_MAX_MS: "20" };
  return { sandbox, outDir, args, env };
}

function readReport(outDir: string) {
  return JSON.parse(readFileSync(join(outDir, "provision-report.json"), "utf8"));
}

/** Every device in the sandbox: each user must have exactly one, enabled, and no device may be left over. */
function checkOneEnabledDevicePerUser(box: Sandbox, outDir: string) {
  const devices = Object.values(box.admin.snapshot().mfaDevices);
  expect(devices).toHaveLength(USERS.length);
  expect(devices.map((d) => d.userName).sort()).toEqual(USERS);
  const report = readReport(outDir);
  for (const device of devices) {
    const record = report.users[device.userName!];
    expect(record).toMatchObject({ status: "done", enabled: true, serialNumber: device.serialNumber });
    expect(readFileSync(join(outDir, record.seedFile), "utf8").trim()).toBe(device.seedBase32);
  }
  return { devices, report };
}

describe("mfa-session device provision", () => {
  it("provisions 200 users through injected throttling, retrying, with 0600 files and a correct report", async () => {
    const { sandbox: box, outDir, args, env } = await setUp("throttled");
    box.faults.set({ action: "CreateVirtualMFADevice", kind: "throttle", times: 30 });
    box.faults.set({ action: "EnableMFADevice", kind: "throttle", times: 15 });
    box.faults.set({ action: "ListMFADevices", kind: "throttle", times: 15 });
    const result = await runProcess(process.execPath, args, { env, timeoutMs: 240_000 });
    expect(result.code, result.stderr.slice(-2000)).toBe(0);
    expect(box.faults.list()).toEqual([]); // every injected throttle was hit

    const { devices, report } = checkOneEnabledDevicePerUser(box, outDir);
    const retries = USERS.reduce((sum, name) => sum + report.users[name].retries, 0);
    expect(retries).toBe(60);
    expect(report.runs).toBe(1);
    expect(result.stderr).toContain("200 done, 0 skipped, 0 failed, 0 not started; 60 throttled calls retried.");
    expect(result.stdout.split("\n").filter((line) => / done /.test(line))).toHaveLength(200);

    expect(statSync(outDir).mode & 0o777).toBe(0o700);
    const files = readdirSync(outDir);
    expect(files).toHaveLength(401); // a PNG and a seed per user, and the report
    for (const file of files) expect(statSync(join(outDir, file)).mode & 0o777).toBe(0o600);
    for (const name of ["user000", "user123", "user199"]) {
      const device = devices.find((d) => d.userName === name)!;
      expect(zbarDecode(join(outDir, `${name}.png`))).toBe(`otpauth://totp/${name}@${box.accountId}?secret=${device.seedBase32}`);
    }
    const secrets = createKnownSecrets();
    for (const device of devices) secrets.values.add(device.seedBase32);
    secrets.values.add(box.admin.secretAccessKey);
    assertNoSecrets(result.stdout + result.stderr + readFileSync(join(outDir, "provision-report.json"), "utf8"), secrets, "provision output and report");
  }, 300_000);

  it("stops on Ctrl-C, survives kill -9, and a rerun finishes with exactly one device per user", async () => {
    const { sandbox: box, outDir, args, env } = await setUp("interrupted");
    // Slow calls so the interruptions land mid-run.
    box.faults.set({ action: "EnableMFADevice", kind: "latency", latencyMs: 15 });

    const interruptAt = async (signal: NodeJS.Signals, doneAtLeast: number) => {
      const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => { stderr += chunk; });
      child.stdout.resume();
      const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
      for (;;) {
        const file = join(outDir, "provision-report.json");
        const report = existsSync(file) ? (() => { try { return readReport(outDir); } catch { return undefined; } })() : undefined;
        const done = report ? Object.values(report.users as Record<string, { status: string }>).filter((u) => u.status === "done").length : 0;
        if (done >= doneAtLeast) break;
        if (child.exitCode !== null) throw new Error(`provision ended before the interruption: ${stderr.slice(-1000)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      child.kill(signal);
      return { code: await exited, stderr };
    };

    const first = await interruptAt("SIGINT", 40);
    expect(first.code).toBe(130);
    expect(first.stderr).toMatch(/interrupted; run the same command again to finish/);
    const afterFirst = readReport(outDir);
    const doneFirst = USERS.filter((u) => afterFirst.users[u]?.status === "done").length;
    expect(doneFirst).toBeGreaterThanOrEqual(40);
    expect(doneFirst).toBeLessThan(200);

    const second = await interruptAt("SIGKILL", doneFirst + 50);
    expect(second.code).toBeNull();
    const devicesAfterKill = Object.keys(box.admin.snapshot().mfaDevices).length;
    expect(devicesAfterKill).toBeLessThan(200);

    const last = await runProcess(process.execPath, args, { env, timeoutMs: 240_000 });
    expect(last.code, last.stderr.slice(-2000)).toBe(0);
    const { report, devices } = checkOneEnabledDevicePerUser(box, outDir);
    const secrets = createKnownSecrets();
    for (const device of devices) secrets.values.add(device.seedBase32);
    secrets.values.add(box.admin.secretAccessKey);
    assertNoSecrets(first.stderr + second.stderr + last.stdout + last.stderr + JSON.stringify(report), secrets, "interrupted, killed and final provision output and report");
    expect(report.runs).toBe(3);
    expect(readdirSync(outDir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 300_000);
});
