import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planProfileEdit } from "./planProfileEdit.js";

const serial = "arn:aws:iam::123456789012:mfa/alice";
const request = { profile: "dev", sourceProfile: "keys", mfaSerial: serial, command: ["mfa-session"], platform: "posix" as const };

function home(config = "# mine\n[profile keys]\nregion = eu-west-1\n") {
  const dir = mkdtempSync(join(tmpdir(), "plan-profile-edit-"));
  const env = { AWS_CONFIG_FILE: join(dir, "config"), AWS_SHARED_CREDENTIALS_FILE: join(dir, "credentials") };
  writeFileSync(env.AWS_CONFIG_FILE, config);
  writeFileSync(env.AWS_SHARED_CREDENTIALS_FILE, "[keys]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = s\n");
  return { options: { env, homedir: dir }, configFile: env.AWS_CONFIG_FILE };
}

describe(planProfileEdit.name, () => {
  it("plans the profile with its credential_process line, shows the diff, and writes only when asked", async () => {
    const { options, configFile } = home();
    const plan = await planProfileEdit(request, options);
    expect(plan).toMatchObject({ configFile, changed: true, warnings: [], credentialProcess: "mfa-session credential-process --profile dev" });
    expect(plan.diff).toContain(`+++ ${configFile} (after)`);
    expect(plan.diff).toContain("+credential_process = mfa-session credential-process --profile dev\n");
    expect(readFileSync(configFile, "utf8")).toBe("# mine\n[profile keys]\nregion = eu-west-1\n");
    expect(await plan.write()).toEqual({ changed: true, changedSincePlan: false, backupPath: `${configFile}.mfa-session.bak` });
    expect(readFileSync(configFile, "utf8")).toContain(`[profile dev]\nmfa_session_source_profile = keys\nmfa_serial = ${serial}\ncredential_process = mfa-session credential-process --profile dev\n`);
    const again = await planProfileEdit(request, options);
    expect(again).toMatchObject({ changed: false, diff: "" });
  });

  it("quotes the command for the platform it is given", async () => {
    const { options } = home();
    const windows = await planProfileEdit({ ...request, command: ["C:\\Program Files\\nodejs\\node.exe", "C:\\mfa\\mfa-session.js"], platform: "windows" }, options);
    expect(windows.credentialProcess).toBe('"C:\\Program Files\\nodejs\\node.exe" C:\\mfa\\mfa-session.js credential-process --profile dev');
    const posix = await planProfileEdit({ ...request, command: ["/opt/my tools/mfa-session"] }, options);
    expect(posix.credentialProcess).toBe('"/opt/my tools/mfa-session" credential-process --profile dev');
  });

  it("refuses a command path with a double quote before reading or writing anything", async () => {
    const { options, configFile } = home();
    await expect(planProfileEdit({ ...request, command: ["node", '/opt/we"ird/mfa-session.js'] }, options))
      .rejects.toMatchObject({ code: "USAGE", hint: { kind: "unsafe-command-word", word: '/opt/we"ird/mfa-session.js' } });
    expect(readFileSync(configFile, "utf8")).not.toContain("credential_process");
  });

  it("passes the plan's warnings and refusals through", async () => {
    const { options } = home("[profile dev]\ncredential_process = aws-vault exec dev --json\n");
    await expect(planProfileEdit(request, options)).rejects.toMatchObject({ hint: { kind: "replace-credential-process", profile: "dev" } });
    const forced = await planProfileEdit({ ...request, force: true }, options);
    expect(forced.diff).toContain("+credential_process = mfa-session credential-process --profile dev");
  });

  it("writes into the file as it is at write time, keeping what others wrote after the diff was made", async () => {
    const { options, configFile } = home();
    const plan = await planProfileEdit(request, options);
    writeFileSync(configFile, "# mine\n[profile keys]\nregion = eu-west-1\n\n[profile other]\nregion = us-west-2\n");
    expect(await plan.write()).toMatchObject({ changed: true, changedSincePlan: true });
    const text = readFileSync(configFile, "utf8");
    expect(text).toContain("[profile other]\nregion = us-west-2\n");
    expect(text).toContain("[profile dev]\nmfa_session_source_profile = keys\n");
    expect(readFileSync(`${configFile}.mfa-session.bak`, "utf8")).toContain("[profile other]");
  });

  it("plans again at write time and writes nothing when the profile has become one it must not touch", async () => {
    const { options, configFile } = home();
    const plan = await planProfileEdit(request, options);
    const changed = "[profile keys]\nregion = eu-west-1\n[profile dev]\ncredential_process = aws-vault exec dev --json\n";
    writeFileSync(configFile, changed);
    await expect(plan.write()).rejects.toMatchObject({ hint: { kind: "replace-credential-process", profile: "dev" } });
    expect(readFileSync(configFile, "utf8")).toBe(changed);
  });
});
