// Differential check: the same files read by botocore (the AWS CLI's parser, installed with boto3
// for the test tools) and by parseSharedConfig give the same profiles, services and sso-sessions.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSharedConfig } from "./parseSharedConfig.js";

const configText = [
  "# a comment",
  "[default]",
  "region = us-west-2",
  "Output = json",
  "[profile team.prod]",
  "region = eu-west-1 # stays in the value, as in botocore",
  "services = local",
  "credential_process = tool --x=1 ; next",
  "mfa_session_assume_role_directly = true",
  "[profile  spaced ]",
  "region = ap-south-1",
  "[profile work] ; trailing comment",
  "role_arn = arn:aws:iam::123456789012:role/Admin",
  "source_profile = base",
  "s3 =",
  "  addressing_style = path",
  "[services local]",
  "sts =",
  "  endpoint_url = http://127.0.0.1:4566",
  "  Other_Key = Kept",
  "iam =",
  "  endpoint_url = http://127.0.0.1:4567",
  "[sso-session corp]",
  "sso_region = eu-central-1",
  "[plugins]",
  "cli_legacy_plugin_path = /x",
  "",
].join("\r\n");

const credentialsText = "[base]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secret\n[default]\nregion = from-credentials\n[team.prod]\naws_access_key_id = AKIDTEAM\n";

const botocoreScript = `
import json, botocore.session
full = botocore.session.get_session().full_config
print(json.dumps({"profiles": full.get("profiles", {}), "services": full.get("services", {}), "ssoSessions": full.get("sso_sessions", {})}))
`;

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function nestedToDotted(profiles: Record<string, Record<string, unknown>>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [name, settings] of Object.entries(profiles)) {
    out[name] = {};
    for (const [key, value] of Object.entries(settings)) {
      if (typeof value === "object" && value !== null) {
        for (const [subKey, subValue] of Object.entries(value)) out[name][`${key}.${subKey}`] = String(subValue);
      } else {
        out[name][key] = String(value);
      }
    }
  }
  return out;
}

describe(parseSharedConfig.name, () => {
  it("reads tricky files exactly as botocore does", () => {
    const dir = mkdtempSync(join(process.env.HOME ?? "/tmp", "botocore-diff-"));
    const configFile = join(dir, "config");
    const credentialsFile = join(dir, "credentials");
    writeFileSync(configFile, configText);
    writeFileSync(credentialsFile, credentialsText);
    const result = spawnSync("python3", ["-c", botocoreScript], {
      encoding: "utf8",
      env: { PATH: process.env.PATH, HOME: dir, AWS_CONFIG_FILE: configFile, AWS_SHARED_CREDENTIALS_FILE: credentialsFile },
    });
    expect(result.status, result.stderr).toBe(0);
    const botocore = JSON.parse(result.stdout) as { profiles: Record<string, Record<string, unknown>>; services: unknown; ssoSessions: unknown };

    const ours = parseSharedConfig({ configText, credentialsText, configFile, credentialsFile });
    expect(plain(ours.profiles)).toEqual(nestedToDotted(botocore.profiles));
    expect(plain(ours.services)).toEqual(botocore.services);
    expect(plain(ours.ssoSessions)).toEqual(botocore.ssoSessions);
  });
});
