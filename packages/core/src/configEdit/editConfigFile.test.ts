import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { promises as fs } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Locker } from "../lock/Lock.js";
import { getConfigFileLockPath } from "../testing/getConfigFileLockPath.js";
import { editConfigFile } from "./editConfigFile.js";
import { nodeConfigFileSystem, type ConfigFileSystem } from "./writeConfigFile.js";

function world(text?: string) {
  const home = mkdtempSync(join(tmpdir(), "edit-config-file-"));
  mkdirSync(join(home, ".aws"));
  const path = join(home, ".aws", "config");
  if (text !== undefined) writeFileSync(path, text, { mode: 0o600 });
  return { home, path, options: { env: { MFA_SESSION_CACHE_DIR: join(home, "cache") }, homedir: home } };
}

function recordingLocker(names: string[], inside: { held: boolean }): Locker {
  return {
    async withLock(name, fn) {
      names.push(name);
      inside.held = true;
      try {
        return await fn();
      } finally {
        inside.held = false;
      }
    },
  };
}

/** The real file system, except that writing `failOn` stops half-way like a full disk. */
function fullDiskAt(failOn: (path: string) => boolean): ConfigFileSystem {
  return {
    ...nodeConfigFileSystem,
    async writeFile(path, text, options) {
      if (!failOn(path)) return nodeConfigFileSystem.writeFile(path, text, options);
      await fs.writeFile(path, text.slice(0, Math.floor(text.length / 2)), { mode: options.mode, flag: options.flag });
      throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: "ENOSPC", syscall: "write" });
    },
  };
}

describe(editConfigFile.name, () => {
  it("applies the edit to the text read while holding the lock named after the file's real path", async () => {
    const { home, path, options } = world("[default]\nregion = x\n");
    symlinkSync(path, join(home, "link"));
    const names: string[] = [];
    const inside = { held: false };
    const locker = recordingLocker(names, inside);
    const result = await editConfigFile(join(home, "link"), (current) => {
      expect(inside.held).toBe(true);
      return `${current}output = json\n`;
    }, { ...options, locker });
    await editConfigFile(path, (current) => current, { ...options, locker });
    expect(names).toEqual([`aws-shared-file:${path}`, `aws-shared-file:${path}`]);
    expect(result).toMatchObject({ changed: true, before: "[default]\nregion = x\n", backupPath: `${join(home, "link")}.mfa-session.bak` });
    expect(readFileSync(path, "utf8")).toBe("[default]\nregion = x\noutput = json\n");
  });

  it("touches nothing when the edit changes nothing", async () => {
    const { path, options } = world("same\n");
    expect(await editConfigFile(path, (current) => current, options)).toEqual({ changed: false, before: "same\n", after: "same\n" });
    expect(readdirSync(join(path, ".."))).toEqual(["config"]);
  });

  it("takes over the lock of a process that died holding it", async () => {
    const { path, options } = world("[default]\n");
    const lockPath = await getConfigFileLockPath(path, options);
    mkdirSync(join(lockPath, ".."), { recursive: true, mode: 0o700 });
    writeFileSync(lockPath, JSON.stringify({ pid: 4_000_000, hostname: hostname(), createdAt: new Date().toISOString(), token: "dead" }), { mode: 0o600 });
    const result = await editConfigFile(path, (current) => `${current}region = x\n`, options);
    expect(result.changed).toBe(true);
    expect(readFileSync(path, "utf8")).toBe("[default]\nregion = x\n");
    expect(readdirSync(join(lockPath, ".."))).toEqual([]);
  });

  it("leaves the file whole and says the disk is full when the new version cannot be written", async () => {
    const { path, options } = world("[default]\nregion = x\n");
    const error = await editConfigFile(path, () => "[default]\nregion = y\n", { ...options, fs: fullDiskAt((file) => /^\.config\.[0-9a-f]{12}\.tmp$/.test(basename(file))) })
      .catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: "FILE_SYSTEM", message: expect.stringMatching(/keeps its previous text .*the disk is full \(ENOSPC\): free some space/) });
    expect(readFileSync(path, "utf8")).toBe("[default]\nregion = x\n");
    expect(readdirSync(join(path, "..")).sort()).toEqual(["config", "config.mfa-session.bak"]);
  });

  it("leaves the file and the old backup whole when the backup cannot be written", async () => {
    const { path, options } = world("[default]\nregion = x\n");
    writeFileSync(`${path}.mfa-session.bak`, "older\n");
    const error = await editConfigFile(path, () => "[default]\nregion = y\n", { ...options, fs: fullDiskAt((file) => file.includes(".mfa-session.bak.")) })
      .catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: "FILE_SYSTEM" });
    expect(readFileSync(path, "utf8")).toBe("[default]\nregion = x\n");
    expect(readFileSync(`${path}.mfa-session.bak`, "utf8")).toBe("older\n");
    expect(readdirSync(join(path, "..")).sort()).toEqual(["config", "config.mfa-session.bak"]);
  });
});
