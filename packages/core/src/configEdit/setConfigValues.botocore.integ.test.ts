// Differential check of the editor: a file written in forms botocore accepts (key: value, a key's
// case, quoted profile names, JavaScript's special names) is edited, and botocore, the AWS CLI's
// parser, must still read the result, with the new values in the sections the editor meant.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSharedConfig } from "../config/parseSharedConfig.js";
import { configSectionName } from "./planCredentialProcessProfile.js";
import { setConfigValues } from "./setConfigValues.js";

const original = [
  "[default]",
  "Region: eu-west-1",
  "output:json",
  "[profile \"my dev\"]",
  "region = us-east-1",
  "[profile 'quoted single']",
  "region = us-east-2",
  "[profile __proto__]",
  "region: ap-south-1",
  "[profile constructor]",
  "REGION = ca-central-1",
  "",
].join("\n");

function readWithBotocore(text: string): { profiles: Record<string, Record<string, string>> } {
  const dir = mkdtempSync(join(process.env.HOME ?? "/tmp", "botocore-edit-"));
  const configFile = join(dir, "config");
  writeFileSync(configFile, text);
  const script = "import json, sys, botocore.configloader as c\nprint(json.dumps(c.load_config(sys.argv[1])))";
  const result = spawnSync("python3", ["-c", script, configFile], { encoding: "utf8", env: { PATH: process.env.PATH, HOME: dir } });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as { profiles: Record<string, Record<string, string>> };
}

describe(setConfigValues.name, () => {
  it("edits a file in every form botocore accepts so that botocore still reads it, with the values where they were meant", () => {
    const region = (value: string) => [{ key: "region", value }];
    const edits = [
      { section: configSectionName("default"), set: [...region("us-west-1"), { key: "output", value: "text" }] },
      { section: configSectionName("my dev"), set: [...region("us-west-2"), { key: "mfa_serial", value: "arn:aws:iam::123456789012:mfa/dev" }] },
      { section: configSectionName("quoted single"), set: region("eu-north-1") },
      { section: configSectionName("__proto__"), set: region("eu-south-1") },
      { section: configSectionName("constructor"), set: region("me-south-1") },
      { section: configSectionName("new one"), set: region("af-south-1") },
    ];
    const { text } = setConfigValues(original, edits);
    expect(text.match(/^\[/gm)).toHaveLength(6);
    const botocore = readWithBotocore(text);
    expect(Object.keys(botocore.profiles).sort()).toEqual(["__proto__", "constructor", "default", "my dev", "new one", "quoted single"]);
    expect(Object.fromEntries(Object.entries(botocore.profiles).map(([name, settings]) => [`${name}`, settings.region]))).toEqual({
      default: "us-west-1", "my dev": "us-west-2", "quoted single": "eu-north-1", ["__proto__"]: "eu-south-1", constructor: "me-south-1", "new one": "af-south-1",
    });
    expect(botocore.profiles.default?.output).toBe("text");
    expect(botocore.profiles["my dev"]?.mfa_serial).toBe("arn:aws:iam::123456789012:mfa/dev");
    const ours = parseSharedConfig({ configText: text, credentialsText: "", configFile: "config", credentialsFile: "credentials" });
    expect(Object.keys(ours.profiles).sort()).toEqual(Object.keys(botocore.profiles).sort());
  });
});
