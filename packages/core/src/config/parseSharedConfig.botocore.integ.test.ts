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

// Lines botocore accepts that mfa-session once refused: configparser's ":" delimiter, quoted (shlex)
// profile names, and names that are special to JavaScript objects.
const acceptedText = [
  "[default]",
  "region: eu-west-1",
  "output : json",
  "weird:key = v",
  "url = http://127.0.0.1:4566",
  "Mixed_Case: Kept",
  "[profile \"my dev\"]",
  "region = us-east-1",
  "s3:",
  "  addressing_style = path",
  "[profile 'single q']",
  "region = us-east-2",
  "[profile \"a\\\"b\"]",
  "k = v",
  "[profile   \"spaced in\"  ]",
  "region = y",
  "[profile \"unterminated]",
  "region = x",
  "[profile x y]",
  "region = ignored",
  "[profiles z]",
  "region = z",
  "[profile prototype]",
  "region = p",
  "[profile constructor]",
  "region = c",
  "toString = t",
  "[profile __proto__]",
  "region = pp",
  "__proto__ = 1",
  "constructor: 2",
  "[sso-session \"corp\"]",
  "sso_region = eu-central-1",
  "[services \"__proto__\"]",
  "sts =",
  "  endpoint_url = http://127.0.0.1:4566",
  "  __proto__ = x",
  "",
].join("\n");

const acceptedCredentialsText = "[__proto__]\naws_access_key_id: AKIDPROTO\naws_secret_access_key = s\n[constructor]\naws_access_key_id = AKIDC\n";

const credentialsText = "[base]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secret\n[default]\nregion = from-credentials\n[team.prod]\naws_access_key_id = AKIDTEAM\n";

const botocoreScript = `
import json, botocore.session
full = botocore.session.get_session().full_config
print(json.dumps({"profiles": full.get("profiles", {}), "services": full.get("services", {}), "ssoSessions": full.get("sso_sessions", {})}))
`;

function nestedToDotted(profiles: Record<string, Record<string, unknown>>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = Object.create(null);
  for (const [name, settings] of Object.entries(profiles)) {
    const flat: Record<string, string> = (out[name] = Object.create(null));
    for (const [key, value] of Object.entries(settings)) {
      if (typeof value === "object" && value !== null) {
        for (const [subKey, subValue] of Object.entries(value)) flat[`${key}.${subKey}`] = String(subValue);
      } else {
        flat[key] = String(value);
      }
    }
  }
  return out;
}

/** Both sides as sorted [name, [key, value]...] entries: plain data, with "__proto__" an ordinary name. */
function entries(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  return Object.keys(value).sort().map((key) => [key, entries((value as Record<string, unknown>)[key])]);
}

function readWithBotocore(configText: string, credentialsText: string) {
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
  return { botocore, configFile, credentialsFile };
}

describe(parseSharedConfig.name, () => {
  it.each([
    ["tricky files", configText, credentialsText],
    ["key: value, quoted names and JavaScript's special names", acceptedText, acceptedCredentialsText],
  ])("reads %s exactly as botocore does", (_what, configText, credentialsText) => {
    const { botocore, configFile, credentialsFile } = readWithBotocore(configText, credentialsText);
    const ours = parseSharedConfig({ configText, credentialsText, configFile, credentialsFile });
    expect(entries(ours.profiles)).toEqual(entries(nestedToDotted(botocore.profiles)));
    expect(entries(ours.services)).toEqual(entries(botocore.services));
    expect(entries(ours.ssoSessions)).toEqual(entries(botocore.ssoSessions));
  });
});
