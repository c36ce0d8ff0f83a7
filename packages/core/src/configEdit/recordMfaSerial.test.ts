import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recordMfaSerial } from "./recordMfaSerial.js";

const serial = "arn:aws:iam::123456789012:mfa/alice";

function home(config: string) {
  const dir = mkdtempSync(join(tmpdir(), "record-mfa-serial-"));
  mkdirSync(join(dir, ".aws"));
  writeFileSync(join(dir, ".aws", "config"), config);
  return { dir, configFile: join(dir, ".aws", "config") };
}

describe(recordMfaSerial.name, () => {
  it("replaces the mfa_serial of [default] for the default profile", async () => {
    const { dir, configFile } = home("[default]\nmfa_serial = arn:aws:iam::123456789012:mfa/old\n\n[profile dev]\nregion = x\n");
    expect(await recordMfaSerial({ env: {}, homedir: dir, profile: "default", serialNumber: serial })).toMatchObject({ configFile, section: "default", changed: true });
    expect(readFileSync(configFile, "utf8")).toBe(`[default]\nmfa_serial = ${serial}\n\n[profile dev]\nregion = x\n`);
  });

  it("adds mfa_serial to [profile NAME] in the file AWS_CONFIG_FILE names", async () => {
    const { dir } = home("");
    const configFile = join(dir, "elsewhere");
    await recordMfaSerial({ env: { AWS_CONFIG_FILE: configFile }, homedir: dir, profile: "alice-keys", serialNumber: serial });
    expect(readFileSync(configFile, "utf8")).toBe(`[profile alice-keys]\nmfa_serial = ${serial}\n`);
  });

  it("replaces mfa_serial in a quoted [profile \"my dev\"] with a key: value line, adding no second section", async () => {
    const { dir, configFile } = home('[profile "my dev"]\nmfa_serial: arn:aws:iam::123456789012:mfa/old\n');
    expect(await recordMfaSerial({ env: {}, homedir: dir, profile: "my dev", serialNumber: serial })).toMatchObject({ changed: true });
    expect(readFileSync(configFile, "utf8")).toBe(`[profile "my dev"]\nmfa_serial: ${serial}\n`);
  });
});
