// Runs the electron lane (scripts/e2eElectron.sh, `pnpm test:electron`) for real where it cannot
// get VS Code: it must stop within its bound, before building or starting anything, with exit 69 and
// the message that points at the code-server lane, and leave no process or folder behind.
import { spawn } from "node:child_process";
import { lookup } from "node:dns/promises";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const UNAVAILABLE = 69;
const MESSAGE =
  "[e2e-electron] Cannot download VS Code (getaddrinfo ENOTFOUND update.code.visualstudio.com): @vscode/test-electron needs network " +
  "access to Microsoft's update servers. Here, run the code-server lane instead: pnpm --filter mfa-session-vscode e2e " +
  "(or set VSCODE_EXECUTABLE to a VS Code on this machine).";

const updateServerResolves = await lookup("update.code.visualstudio.com").then(() => true, () => false);

interface LaneRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Folders the run was given; each must be empty or absent afterwards. */
  base: string;
  tmp: string;
  out: string;
  groupAlive: boolean;
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Runs the lane in its own process group, with its cache, temp and results folders in a fresh folder. */
async function runLane(command: string[], env: Record<string, string>): Promise<LaneRun> {
  const scratch = mkdtempSync(join(tmpdir(), "mfa-session-electron-integ-"));
  folders.push(scratch);
  const dirs = { base: join(scratch, "base"), tmp: join(scratch, "tmp"), out: join(scratch, "out") };
  mkdirSync(dirs.base);
  mkdirSync(dirs.tmp);
  const started = Date.now();
  const child = spawn(command[0]!, command.slice(1), {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, MFA_SESSION_E2E_BASE: dirs.base, TMPDIR: dirs.tmp, E2E_OUT: dirs.out, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  const ms = Date.now() - started;
  let groupAlive = true;
  try {
    process.kill(-child.pid!, 0);
  } catch {
    groupAlive = false;
  }
  if (groupAlive) process.kill(-child.pid!, "SIGKILL");
  return { code, stdout, stderr, ms, ...dirs, groupAlive };
}

const entries = (dir: string) => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

describe("scripts/e2eElectron.sh", () => {
  it.skipIf(updateServerResolves)(
    "here, where update.code.visualstudio.com does not resolve, `pnpm test:electron` stops in seconds with exit 69 and says to run the code-server lane",
    async () => {
      const run = await runLane(["pnpm", "run", "--silent", "test:electron"], { VSCODE_DOWNLOAD_TIMEOUT_MS: "20000" });
      console.log(`pnpm test:electron: exit ${run.code} after ${run.ms} ms`);
      expect(run.stderr.split("\n")).toContain(MESSAGE);
      expect(run.code).toBe(UNAVAILABLE);
      expect(run.ms).toBeLessThan(20_000);
      // Stopped before the fixture: no build, no sandbox, no results folder.
      expect(run.stderr).not.toContain("[e2e] sandbox at");
      expect(run.stdout + run.stderr).not.toContain("build.mjs");
      expect(entries(run.out)).toEqual([]);
      // Nothing left: no download cache, no bundled lane, no process.
      expect(entries(run.base)).toEqual([]);
      expect(entries(run.tmp)).toEqual([]);
      expect(run.groupAlive).toBe(false);
    },
    60_000,
  );

  describe("when the update servers never answer", () => {
    let server: Server | undefined;
    afterEach(() => {
      server?.close();
      server = undefined;
    });

    it("gives up after VSCODE_DOWNLOAD_TIMEOUT_MS with exit 69 instead of hanging, leaving nothing behind", async () => {
      // A proxy that accepts connections and never replies: test-electron sends everything through it.
      const sockets: Socket[] = [];
      server = createServer((socket) => sockets.push(socket));
      await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
      const port = (server.address() as { port: number }).port;
      const run = await runLane(["bash", "scripts/e2eElectron.sh"], {
        VSCODE_DOWNLOAD_TIMEOUT_MS: "3000",
        npm_config_https_proxy: `http://127.0.0.1:${port}`,
        npm_config_proxy: `http://127.0.0.1:${port}`,
      });
      for (const socket of sockets) socket.destroy();
      console.log(`e2eElectron.sh with a silent proxy: exit ${run.code} after ${run.ms} ms`);
      expect(sockets.length).toBeGreaterThan(0);
      expect(run.stderr).toMatch(/\[e2e-electron\] Cannot download VS Code \([^)]*(3000ms|after 3 s)[^)]*\): .* pnpm --filter mfa-session-vscode e2e/);
      expect(run.code).toBe(UNAVAILABLE);
      expect(run.ms).toBeGreaterThanOrEqual(3_000);
      expect(run.ms).toBeLessThan(15_000);
      expect(entries(run.base)).toEqual([]);
      expect(entries(run.tmp)).toEqual([]);
      expect(run.groupAlive).toBe(false);
    }, 60_000);
  });
});
