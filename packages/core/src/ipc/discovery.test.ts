import { chmodSync, existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { getCacheDir } from "../cache/getCacheDir.js";
import { findPromptServer, getDiscoveryDir, removeDiscoveryFile, writeDiscoveryFile } from "./discovery.js";
import { formatPromptServerEnv, PROMPT_SERVER_ENV } from "./promptServerEnv.js";

const alive = new Set([101, 102, 103]);
const isProcessAlive = (pid: number): boolean => alive.has(pid);
let homedir: string;
beforeEach(() => {
  homedir = mkdtempSync(join(tmpdir(), "mfa-session-discovery-"));
});

function window(id: string, pid: number, focusedAt: string) {
  return writeDiscoveryFile({ homedir, id, entry: { socketPath: `/run/${id}.sock`, secret: `secret-${id}`, pid, focusedAt: new Date(focusedAt) } });
}

describe(findPromptServer.name, () => {
  it("picks the live window focused last and cleans up dead windows' files", async () => {
    await window("a", 101, "2026-01-15T09:00:00Z");
    await window("b", 102, "2026-01-15T09:05:00Z");
    await window("dead", 999, "2026-01-15T09:10:00Z");
    const found = await findPromptServer({ env: {}, homedir, isProcessAlive });
    expect(found).toEqual({ socketPath: "/run/b.sock", secret: "secret-b", pid: 102, source: "discovery" });
    expect(readdirSync(getDiscoveryDir(homedir)).sort()).toEqual(["a.json", "b.json"]);
  });

  it("prefers the terminal's own window from the env var while its socket exists", async () => {
    await window("a", 101, "2026-01-15T09:00:00Z");
    const socketPath = join(homedir, "own.sock");
    writeFileSync(socketPath, "");
    const env = { [PROMPT_SERVER_ENV]: formatPromptServerEnv({ socketPath, secret: "own" }) };
    expect(await findPromptServer({ env, homedir, isProcessAlive })).toEqual({ socketPath, secret: "own", source: "env" });
    const gone = { [PROMPT_SERVER_ENV]: formatPromptServerEnv({ socketPath: join(homedir, "gone.sock"), secret: "own" }) };
    expect(await findPromptServer({ env: gone, homedir, isProcessAlive })).toMatchObject({ source: "discovery", secret: "secret-a" });
  });

  it("ignores and removes files others can read, and corrupt files", async () => {
    const open = await window("open", 101, "2026-01-15T09:10:00Z");
    chmodSync(open, 0o644);
    writeFileSync(join(getDiscoveryDir(homedir), "broken.json"), "{", { mode: 0o600 });
    await window("ok", 103, "2026-01-15T09:00:00Z");
    expect(await findPromptServer({ env: {}, homedir, isProcessAlive })).toMatchObject({ secret: "secret-ok" });
    expect(readdirSync(getDiscoveryDir(homedir))).toEqual(["ok.json"]);
  });

  it("finds nothing when no window advertised a server", async () => {
    expect(await findPromptServer({ env: { [PROMPT_SERVER_ENV]: "not json" }, homedir, isProcessAlive })).toBeUndefined();
  });
});

describe(writeDiscoveryFile.name, () => {
  it("writes a 0600 file in a 0700 folder and removes it on request", async () => {
    const path = await window("w1", 101, "2026-01-15T09:00:00Z");
    expect(statSync(getDiscoveryDir(homedir)).mode & 0o777).toBe(0o700);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    await removeDiscoveryFile({ homedir, id: "w1" });
    expect(existsSync(path)).toBe(false);
  });

  it("refuses window ids that could escape the folder", async () => {
    await expect(window("../x", 101, "2026-01-15T09:00:00Z")).rejects.toThrow(/window id/);
  });
});

describe(getDiscoveryDir.name, () => {
  it("keeps the discovery folder on the Linux side on WSL when ~/.aws is on a Windows drive, beside the cache", () => {
    // ~/.aws is a link to the Windows home (a common WSL set-up); /mnt/c is drvfs.
    const probe = {
      readFile: (path: string) => (path === "/proc/mounts" ? "C:\\ /mnt/c 9p rw,aname=drvfs;path=C:\\ 0 0\n/dev/sdc / ext4 rw 0 0\n" : undefined),
      realpath: (path: string) => (path.startsWith("/home/me/.aws") ? path.replace("/home/me/.aws", "/mnt/c/Users/me/.aws") : path === "/home/me" || path === "/home" || path === "/" ? path : undefined),
    };
    const env = { WSL_DISTRO_NAME: "Ubuntu" };
    expect(getDiscoveryDir("/home/me", env, probe)).toBe("/home/me/.cache/mfa-session/vscode");
    expect(getCacheDir({ homedir: "/home/me", env, platform: "linux", probe })).toBe("/home/me/.cache/mfa-session/cache");
    expect(getDiscoveryDir("/home/me", {}, probe)).toBe("/home/me/.aws/mfa-session/vscode");
  });
});
