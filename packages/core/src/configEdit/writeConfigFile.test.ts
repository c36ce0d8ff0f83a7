import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readConfigFile, resolveConfigFileTarget, writeConfigFile } from "./writeConfigFile.js";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "config-edit-"));
}

describe(writeConfigFile.name, () => {
  it("keeps a backup of the previous version and the file's mode", async () => {
    const dir = tempDir();
    const path = join(dir, "config");
    writeFileSync(path, "old\n", { mode: 0o640 });
    const backup = await writeConfigFile(path, "new\n");
    expect(readFileSync(path, "utf8")).toBe("new\n");
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(backup).toBe(`${path}.mfa-session.bak`);
    expect(readFileSync(backup!, "utf8")).toBe("old\n");
    expect(statSync(backup!).mode & 0o077).toBe(0);
  });

  it("creates a missing file 0600 without a backup", async () => {
    const dir = tempDir();
    const path = join(dir, "sub", "config");
    expect(await readConfigFile(path)).toBe("");
    expect(await writeConfigFile(path, "x\n")).toBeUndefined();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(existsSync(`${path}.mfa-session.bak`)).toBe(false);
  });

  it("writes through a symlink (a dotfiles setup): the target gets the text and the link stays a link", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "dotfiles"));
    mkdirSync(join(dir, ".aws"));
    const target = join(dir, "dotfiles", "aws-config");
    const link = join(dir, ".aws", "config");
    writeFileSync(target, "old\n", { mode: 0o644 });
    symlinkSync("../dotfiles/aws-config", link);
    const backup = await writeConfigFile(link, "new\n");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe("../dotfiles/aws-config");
    expect(readFileSync(target, "utf8")).toBe("new\n");
    expect(statSync(target).mode & 0o777).toBe(0o644);
    expect(backup).toBe(`${link}.mfa-session.bak`);
    expect(readFileSync(backup!, "utf8")).toBe("old\n");
    expect(readdirSync(join(dir, "dotfiles"))).toEqual(["aws-config"]);
  });

  it("writes a symlinked backup through its link too", async () => {
    const dir = tempDir();
    const path = join(dir, "credentials");
    writeFileSync(path, "old\n");
    writeFileSync(join(dir, "kept-backup"), "older\n");
    symlinkSync("kept-backup", `${path}.mfa-session.bak`);
    await writeConfigFile(path, "new\n");
    expect(lstatSync(`${path}.mfa-session.bak`).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "kept-backup"), "utf8")).toBe("old\n");
  });

  it("creates the file a dangling link points at", async () => {
    const dir = tempDir();
    const link = join(dir, "config");
    symlinkSync(join(dir, "repo", "config"), link);
    expect(await writeConfigFile(link, "x\n")).toBeUndefined();
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "repo", "config"), "utf8")).toBe("x\n");
  });
});

describe(resolveConfigFileTarget.name, () => {
  it("follows a chain of links to the real file, in its folder's real path", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "real"));
    symlinkSync(join(dir, "real"), join(dir, "alias"));
    writeFileSync(join(dir, "real", "config"), "");
    symlinkSync(join(dir, "alias", "config"), join(dir, "one"));
    symlinkSync("one", join(dir, "two"));
    expect(await resolveConfigFileTarget(join(dir, "two"))).toBe(join(dir, "real", "config"));
  });

  it("refuses a loop of links with ELOOP", async () => {
    const dir = tempDir();
    symlinkSync("b", join(dir, "a"));
    symlinkSync("a", join(dir, "b"));
    await expect(resolveConfigFileTarget(join(dir, "a"))).rejects.toMatchObject({ code: "ELOOP" });
  });
});
