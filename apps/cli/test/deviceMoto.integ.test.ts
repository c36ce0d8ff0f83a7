// create / enable / list / deactivate / delete through the built CLI against moto_server: the same
// commands work against a second IAM implementation (moto checks no codes and no assignment on delete).
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CreateUserCommand, IAMClient } from "@aws-sdk/client-iam";
import { startMoto, type MotoServer } from "@mfa-session/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertNoSecrets, createKnownSecrets } from "./support/assertNoSecrets.js";
import { runProcess, type ProcessResult } from "./support/runProcess.js";
import { CLI } from "./support/mfaWorld.js";

let moto: MotoServer;
const home = process.env.HOME!;

beforeAll(async () => {
  moto = await startMoto();
  writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, "[moto]\naws_access_key_id = AKIDMOTOTEST\naws_secret_access_key = moto-secret\n", { mode: 0o600 });
  writeFileSync(process.env.AWS_CONFIG_FILE!, `[profile moto]\nregion = us-east-1\nendpoint_url = ${moto.endpoint}\n`);
  const iam = new IAMClient({ region: "us-east-1", endpoint: moto.endpoint, credentials: { accessKeyId: "AKIDMOTOTEST", secretAccessKey: "moto-secret" } });
  await iam.send(new CreateUserCommand({ UserName: "mallory" }));
  iam.destroy();
});

/** Every stderr, scanned at the end for the key and the seeds (stdout is checked where it may not hold a seed). */
const outputs: Array<{ where: string; text: string }> = [];
const secrets = createKnownSecrets();
secrets.values.add("moto-secret");

afterAll(async () => {
  await moto?.stop();
  for (const { where, text } of outputs) assertNoSecrets(text, secrets, where);
});

const cli = async (args: string[]): Promise<ProcessResult> => {
  const result = await runProcess(process.execPath, [CLI, ...args, "--profile", "moto"]);
  outputs.push({ where: `stderr of device ${args.slice(1, 2).join(" ")}`, text: result.stderr });
  return result;
};

describe("mfa-session device against moto_server", () => {
  it("creates, enables, lists, deactivates and deletes a device", async () => {
    const seedFile = join(home, "mallory.seed");
    const created = await cli(["device", "create", "--name", "mallory", "--path", "/team/", "--outfile", seedFile, "--bootstrap-method", "Base32StringSeed"]);
    expect(created.code, created.stderr).toBe(0);
    const serial = created.stdout.trim();
    expect(serial).toMatch(/^arn:aws:iam::\d{12}:mfa\/team\/mallory$/);
    expect(statSync(seedFile).mode & 0o777).toBe(0o600);
    const seed = readFileSync(seedFile, "utf8").trim();
    expect(seed).toMatch(/^[A-Z2-7]{16,}$/);
    secrets.values.add(seed);
    expect(created.stdout + created.stderr).not.toContain(seed);

    const enabled = await cli(["device", "enable", "--user", "mallory", "--serial", serial, "--seed-file", seedFile]);
    expect(enabled.code, enabled.stderr).toBe(0);
    const mine = await cli(["device", "list", "--user", "mallory", "--json"]);
    expect(JSON.parse(mine.stdout).map((d: { SerialNumber: string }) => d.SerialNumber)).toEqual([serial]);
    const assigned = JSON.parse((await cli(["device", "list", "--assignment-status", "Assigned", "--json"])).stdout);
    expect(assigned).toMatchObject([{ SerialNumber: serial, UserName: "mallory" }]);

    expect((await cli(["device", "deactivate", "--user", "mallory", "--serial", serial])).code).toBe(0);
    expect(JSON.parse((await cli(["device", "list", "--user", "mallory", "--json"])).stdout)).toEqual([]);
    const deleted = await cli(["device", "delete", "--serial", serial]);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(JSON.parse((await cli(["device", "list", "--json"])).stdout)).toEqual([]);
    const again = await cli(["device", "delete", "--serial", serial]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`MFA device ${serial} was not found`);
  });
});
