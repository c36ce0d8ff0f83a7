import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readConfigFile, writeConfigFile } from "./writeConfigFile.js";

describe(writeConfigFile.name, () => {
  it("keeps a backup of the previous version and the file's mode", async () => {
    const dir = mkdtempSync(join(tmpdir(), "config-edit-"));
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
    const dir = mkdtempSync(join(tmpdir(), "config-edit-"));
    const path = join(dir, "sub", "config");
    expect(await readConfigFile(path)).toBe("");
    expect(await writeConfigFile(path, "x\n")).toBeUndefined();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(existsSync(`${path}.mfa-session.bak`)).toBe(false);
  });
});
