import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { setProfileValues } from "./setProfileValues.js";

function world(config?: string) {
  const dir = mkdtempSync(join(tmpdir(), "set-profile-values-"));
  const configFile = join(dir, "config");
  if (config !== undefined) writeFileSync(configFile, config);
  return { configFile, options: { env: { AWS_CONFIG_FILE: configFile }, homedir: dir } };
}

describe(setProfileValues.name, () => {
  it("writes the default profile into [default], not [profile default]", async () => {
    const { configFile, options } = world("[default]\nregion = eu-west-1\n");
    const result = await setProfileValues({ ...options, profile: "default", values: { mfa_process: "totp" } });
    expect(result).toMatchObject({ section: "default", changed: true, backupPath: `${configFile}.mfa-session.bak` });
    expect(readFileSync(configFile, "utf8")).toBe("[default]\nregion = eu-west-1\nmfa_process = totp\n");
  });

  it("writes a named profile into [profile NAME] and leaves the rest byte for byte", async () => {
    const { configFile, options } = world("# mine\n[default]\nregion=x\n");
    await setProfileValues({ ...options, profile: "dev", values: { a: "1", b: "2" } });
    expect(readFileSync(configFile, "utf8")).toBe("# mine\n[default]\nregion=x\n\n[profile dev]\na = 1\nb = 2\n");
  });

  it("touches nothing when every value is already there", async () => {
    const { configFile, options } = world("[profile dev]\na = 1\n");
    expect(await setProfileValues({ ...options, profile: "dev", values: { a: "1" } })).toEqual({ configFile, section: "profile dev", changed: false });
  });
});
