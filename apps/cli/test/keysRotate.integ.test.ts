// `keys rotate` against the sandbox (IAM's two-key limit, an MFA policy on the user), with the keys in
// ~/.aws/credentials: the command runs in this process (its MFA code from mfa_process), the error
// text is the CLI's (formatError), and what is left is checked in the sandbox, the credentials file,
// with the AWS CLI running the command a failure message gives, and by the secret scanner.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { CreateAccessKeyCommand, IAMClient } from "@aws-sdk/client-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keysRotateCommand } from "../src/commands/keys/rotate.js";
import { exitCodeFor, formatError } from "../src/formatError.js";
import type { CliIo } from "../src/io.js";
import { addSecret, assertNoSecrets } from "./support/assertNoSecrets.js";
import { configureProfile, startMfaWorld, type MfaWorld } from "./support/mfaWorld.js";

let world: MfaWorld;
/** A sign-in right after the rotation's may wait for the next TOTP code (the last one was just spent): up to 31 s. */
const SIGN_IN_TIMEOUT_MS = 90_000;
const outputs: Array<{ where: string; text: string }> = [];
const HEAD = "# my AWS keys: do not commit\n[other]\n; the build user\naws_access_key_id = AKIAOTHER0000000000X\naws_secret_access_key = other-secret-other-secret-0000\n\n";

beforeAll(async () => {
  world = await startMfaWorld();
  writeFileSync(world.credentialsFile, HEAD, { mode: 0o600 });
  addSecret(world.secrets, "other-secret-other-secret-0000");
});

afterAll(async () => {
  await world?.stop();
});

async function rotate(profile: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (text: string | Uint8Array) => { stdout += String(text); return true; } },
    stderr: { write: (text: string | Uint8Array) => { stderr += String(text); return true; } },
    env: world.env, cwd: world.home,
  };
  let code: number;
  try {
    code = await keysRotateCommand.run(["--profile", profile], io);
  } catch (error) {
    stderr += formatError(error);
    code = exitCodeFor(error);
  }
  outputs.push({ where: `keys rotate --profile ${profile} (stdout)`, text: stdout }, { where: `keys rotate --profile ${profile} (stderr)`, text: stderr });
  return { code, stdout, stderr };
}

function keysOf(userName: string): string[] {
  return Object.values(world.sandbox.admin.snapshot().accessKeys).filter((key) => key.userName === userName).map((key) => key.accessKeyId).sort();
}

/** The [section]'s key id and secret as the file holds them now (and the secret learned by the scanner). */
function fileKey(section: string): { id: string; secret: string } {
  const text = readFileSync(world.credentialsFile, "utf8");
  const block = text.split(`[${section}]\n`)[1]!.split("\n[")[0]!;
  const id = /aws_access_key_id = (\S+)/.exec(block)![1]!;
  const secret = /aws_secret_access_key = (\S+)/.exec(block)![1]!;
  addSecret(world.secrets, secret);
  return { id, secret };
}

async function userWithProfile(name: string) {
  const user = await world.addUser(name);
  await configureProfile(world, user, name, { mfaProcess: true });
  return { user, old: fileKey(user.sourceProfile) };
}

describe("mfa-session keys rotate", () => {
  it("replaces the key in ~/.aws/credentials in place, deletes the old key, and the profile signs in with the new one", async () => {
    const { user, old } = await userWithProfile("rita");
    const before = readFileSync(world.credentialsFile, "utf8");
    const result = await rotate("rita");
    expect(result.code, result.stderr).toBe(0);
    const now = fileKey(user.sourceProfile);
    expect(now.id).not.toBe(old.id);
    // Byte for byte: the comment, [other] and every other line as they were; only the two values changed.
    expect(readFileSync(world.credentialsFile, "utf8")).toBe(before.replace(old.id, now.id).replace(old.secret, now.secret));
    expect(readFileSync(world.credentialsFile, "utf8").startsWith(HEAD)).toBe(true);
    expect(statSync(world.credentialsFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(`${world.credentialsFile}.mfa-session.bak`, "utf8")).toBe(before);
    expect(keysOf("rita")).toEqual([now.id]);
    expect(result.stdout).toContain(`New key ${now.id} stored in [rita-keys] in ${world.credentialsFile}; it answered GetCallerIdentity.\nOld key ${old.id} deleted.`);
    expect(result.stdout).toMatch(/Removed \d+ cached sessions? made with the old key/);
    // The session made from the old key was forgotten: the sign-in makes one from the new key, with a code.
    const asked = world.codesAsked(user);
    const signIn = await world.cli(["credential-process", "--profile", "rita"]);
    expect(signIn.code, signIn.stderr).toBe(0);
    expect(world.codesAsked(user)).toBeGreaterThan(asked);
  }, SIGN_IN_TIMEOUT_MS);

  it("keeps both keys when deleting the old key fails, and the command the message gives finishes the job", async () => {
    const { old } = await userWithProfile("sam");
    world.sandbox.faults.set({ action: "DeleteAccessKey", kind: "error" });
    let result;
    try {
      result = await rotate("sam");
    } finally {
      world.sandbox.faults.clear("DeleteAccessKey");
    }
    expect(result.code).toBe(1);
    const now = fileKey("sam-keys");
    expect(now.id).not.toBe(old.id);
    expect(keysOf("sam")).toEqual([old.id, now.id].sort());
    expect(result.stderr).toContain(`the new access key ${now.id} is stored in [sam-keys] in ${world.credentialsFile} and works, but deleting the old key ${old.id} failed`);
    expect(result.stderr).toContain(`Both keys are active: ${now.id} is stored; ${old.id} is no longer stored (its secret is in ${world.credentialsFile}.mfa-session.bak)`);
    const command = /`(aws iam delete-access-key [^`]+)`/.exec(result.stderr)![1]!;
    expect(command).toBe(`aws iam delete-access-key --user-name sam --access-key-id ${old.id} --profile sam`);
    const ran = await world.run("aws", command.split(" ").slice(1));
    expect(ran.code, ran.stderr).toBe(0);
    expect(keysOf("sam")).toEqual([now.id]);
  }, SIGN_IN_TIMEOUT_MS);

  it("deletes the new key again when it cannot be stored, and leaves the file and the old key as they were", async () => {
    const { old } = await userWithProfile("uma");
    const before = readFileSync(world.credentialsFile, "utf8");
    // The backup cannot be written (a folder is in its place), so the edit stops before the file changes.
    const backup = `${world.credentialsFile}.mfa-session.bak`;
    rmSync(backup, { force: true });
    mkdirSync(`${backup}/blocked`, { recursive: true });
    let result;
    try {
      result = await rotate("uma");
    } finally {
      rmSync(backup, { recursive: true, force: true });
    }
    expect(result.code).toBe(1);
    expect(readFileSync(world.credentialsFile, "utf8")).toBe(before);
    expect(keysOf("uma")).toEqual([old.id]);
    const newId = /storing the new access key (AKIA\w+) in /.exec(result.stderr)?.[1];
    expect(newId).toBeDefined();
    expect(result.stderr).toContain(`storing the new access key ${newId} in [uma-keys] in ${world.credentialsFile} failed (`);
    expect(result.stderr).toContain(`${newId} was deleted again (its secret was never stored); ${old.id} is still the key in [uma-keys]`);
  });

  it("stops before anything changes when the user already has two keys, and names the other one", async () => {
    const { user, old } = await userWithProfile("tom");
    const admin = new IAMClient({ endpoint: world.sandbox.endpoint, region: world.sandbox.region, credentials: world.sandbox.admin });
    const second = (await admin.send(new CreateAccessKeyCommand({ UserName: "tom" }))).AccessKey!;
    addSecret(world.secrets, second.SecretAccessKey);
    const before = readFileSync(world.credentialsFile, "utf8");
    const result = await rotate("tom");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`user tom already has two access keys, the most IAM allows: ${old.id} (the one in [tom-keys] in ${world.credentialsFile}) and ${second.AccessKeyId} (Active`);
    expect(result.stderr).toContain(`delete it with \`aws iam delete-access-key --user-name tom --access-key-id ${second.AccessKeyId} --profile tom\`, then rotate again`);
    expect(readFileSync(world.credentialsFile, "utf8")).toBe(before);
    expect(keysOf("tom")).toEqual([old.id, second.AccessKeyId!].sort());
    expect(world.codesAsked(user)).toBe(1);
  });

  it("shows no secret in any output", async () => {
    expect(outputs.length).toBe(8);
    for (const { where, text } of outputs) assertNoSecrets(text, world.secrets, where);
    await world.assertClean(["rita", "sam"]);
  });
});
