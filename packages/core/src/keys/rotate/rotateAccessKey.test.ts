import { describe, expect, it } from "vitest";
import type { AwsCredentials } from "../../config/ResolvedProfile.js";
import type { MfaSessionError } from "../../errors/MfaSessionError.js";
import { rotateAccessKey, type RotateAccessKeyOptions } from "./rotateAccessKey.js";
import type { RotationStore } from "./RotationStore.js";
import { createFakeKeyIam, type FakeKeyIam } from "./testing/createFakeKeyIam.js";

interface FakeStore extends RotationStore {
  held: AwsCredentials;
  /** "before": replace throws and stores nothing; "after": it stores, then throws. */
  failReplace?: "before" | "after";
  failReadAfterReplace?: boolean;
}

function createFakeStore(initial: AwsCredentials): FakeStore {
  let replaced = false;
  const store: FakeStore = {
    held: initial,
    describe: () => "[alice-keys] in /home/alice/.aws/credentials",
    async read() {
      if (replaced && store.failReadAfterReplace) throw new Error("EIO: i/o error, read");
      return { ...store.held };
    },
    async replace(next) {
      replaced = true;
      if (store.failReplace === "before") throw new Error("ENOSPC: no space left on device, write");
      store.held = { ...next };
      if (store.failReplace === "after") throw new Error("EIO: i/o error, fsync");
    },
  };
  return store;
}

function setUp(overrides: Partial<RotateAccessKeyOptions> = {}) {
  const aws = createFakeKeyIam();
  const old = aws.addKey("alice");
  const store = createFakeStore({ accessKeyId: old.accessKeyId, secretAccessKey: old.secretAccessKey });
  let now = 1_000_000;
  const sleeps: number[] = [];
  const options: RotateAccessKeyOptions = {
    profile: "alice", store, iam: aws.iam, stsFor: aws.stsFor,
    clock: { now: () => now },
    sleep: async (ms) => { sleeps.push(ms); now += ms; },
    previousCopy: () => "/home/alice/.aws/credentials.mfa-session.bak",
    ...overrides,
  };
  return { aws, old, store, options, sleeps };
}

async function failure(promise: Promise<unknown>): Promise<MfaSessionError> {
  return promise.then(() => { throw new Error("expected the rotation to fail"); }, (error: unknown) => error as MfaSessionError);
}

/** No secret of any key the fake ever held appears in the error's message or its causes' messages. */
function expectNoSecret(aws: FakeKeyIam, error: unknown, secrets: string[] = []): void {
  const all = [...secrets, ...[...aws.keys.values()].map((key) => key.secretAccessKey)];
  let text = "";
  for (let current = error as { message?: string; cause?: unknown } | undefined; current; current = current.cause as typeof current) text += `${current.message}\n`;
  for (const secret of all) expect(text).not.toContain(secret);
}

describe(rotateAccessKey.name, () => {
  it("creates a key, stores it, proves it and deletes the old one", async () => {
    const { aws, old, store, options } = setUp();
    const result = await rotateAccessKey(options);
    expect(result.oldAccessKeyId).toBe(old.accessKeyId);
    expect(result.newAccessKeyId).not.toBe(old.accessKeyId);
    expect(store.held.accessKeyId).toBe(result.newAccessKeyId);
    expect(store.held.secretAccessKey).toBe(aws.keys.get(result.newAccessKeyId)!.secretAccessKey);
    expect([...aws.keys.keys()]).toEqual([result.newAccessKeyId]);
    expect(aws.calls).toEqual(["ListAccessKeysCommand", "CreateAccessKeyCommand", "GetCallerIdentityCommand", "DeleteAccessKeyCommand"]);
  });

  it("stops before creating anything while the user has two keys, naming the other one and the command that deletes it", async () => {
    const { aws, old, store, options } = setUp();
    const other = aws.addKey("alice", "Inactive");
    const error = await failure(rotateAccessKey(options));
    expect(error.code).toBe("KEY_ROTATION");
    expect(error.message).toContain(`${old.accessKeyId} (the one in [alice-keys] in /home/alice/.aws/credentials) and ${other.accessKeyId} (Inactive, created 2026-01-02)`);
    expect(error.message).toContain(`Nothing was changed: if ${other.accessKeyId} is not used any more, delete it with \`aws iam delete-access-key --user-name alice --access-key-id ${other.accessKeyId} --profile alice\`, then rotate again.`);
    expect(aws.calls).toEqual(["ListAccessKeysCommand"]);
    expect(store.held.accessKeyId).toBe(old.accessKeyId);
    expect(aws.keys.size).toBe(2);
  });

  it("stops when the stored key is not one of the signed-in user's keys", async () => {
    const { aws, store, options } = setUp();
    const bobs = aws.addKey("bob");
    store.held = { accessKeyId: bobs.accessKeyId, secretAccessKey: bobs.secretAccessKey };
    const error = await failure(rotateAccessKey(options));
    expect(error.message).toMatch(new RegExp(`the key in .*, ${bobs.accessKeyId}, is not one of the access keys of the signed-in user alice`));
    expect(aws.calls).toEqual(["ListAccessKeysCommand"]);
  });

  it("changes nothing when ListAccessKeys fails", async () => {
    const { aws, old, store, options } = setUp();
    aws.failNext("ListAccessKeysCommand", "AccessDenied");
    const error = await failure(rotateAccessKey(options));
    expect(error.message).toMatch(/^Profile alice: listing the user's access keys failed \(ListAccessKeys: access denied by AWS.*\)\. Nothing was changed: AKIAFAKE0+1 is still the key in \[alice-keys\]/);
    expect(error.message).toMatch(/: fix the cause and rotate again\.$/);
    expect(store.held.accessKeyId).toBe(old.accessKeyId);
    expect(aws.calls).toEqual(["ListAccessKeysCommand"]);
  });

  it("changes nothing when CreateAccessKey fails (a second key made meanwhile: LimitExceeded)", async () => {
    const { aws, old, store, options } = setUp();
    aws.failNext("CreateAccessKeyCommand", "LimitExceeded");
    const error = await failure(rotateAccessKey(options));
    expect(error.message).toContain(`creating a new access key for user alice failed`);
    expect(error.message).toContain(`Nothing was changed: ${old.accessKeyId} is still the key in [alice-keys]`);
    expect(aws.calls).not.toContain("DeleteAccessKeyCommand");
    expect(store.held.accessKeyId).toBe(old.accessKeyId);
    expect([...aws.keys.keys()]).toEqual([old.accessKeyId]);
  });

  it("deletes the new key again when storing it fails, since its secret would be lost, and keeps the old key stored", async () => {
    const { aws, old, store, options } = setUp();
    store.failReplace = "before";
    const error = await failure(rotateAccessKey(options));
    expect(error.message).toMatch(/storing the new access key AKIAFAKE0+2 in \[alice-keys\] in \S+ failed \(ENOSPC: no space left on device, write\)\. AKIAFAKE0+2 was deleted again \(its secret was never stored\); AKIAFAKE0+1 is still the key in/);
    expect([...aws.keys.keys()]).toEqual([old.accessKeyId]);
    expect(store.held.accessKeyId).toBe(old.accessKeyId);
    expect(aws.calls).toEqual(["ListAccessKeysCommand", "CreateAccessKeyCommand", "DeleteAccessKeyCommand"]);
    expectNoSecret(aws, error);
  });

  it("says to delete the new key by hand when storing it fails and deleting it fails too", async () => {
    const { aws, old, store, options } = setUp();
    store.failReplace = "before";
    aws.failNext("DeleteAccessKeyCommand", "ServiceFailure");
    const error = await failure(rotateAccessKey(options));
    const newId = [...aws.keys.keys()].find((id) => id !== old.accessKeyId)!;
    expect(error.message).toContain(`Deleting ${newId} again failed too`);
    expect(error.message).toContain(`Both keys are active: ${old.accessKeyId} is still the key in [alice-keys]`);
    expect(error.message).toContain(`delete ${newId} with \`aws iam delete-access-key --user-name alice --access-key-id ${newId} --profile alice\``);
    expect(aws.keys.has(old.accessKeyId)).toBe(true);
    expect(store.held.accessKeyId).toBe(old.accessKeyId);
  });

  it("carries on when the store reports a failure but holds the new key (the write landed)", async () => {
    const { aws, old, store, options } = setUp();
    store.failReplace = "after";
    const result = await rotateAccessKey(options);
    expect(store.held.accessKeyId).toBe(result.newAccessKeyId);
    expect(aws.keys.has(old.accessKeyId)).toBe(false);
  });

  it("keeps both keys when storing fails and the store cannot be read back, and says how to finish either way", async () => {
    const { aws, old, store, options } = setUp();
    store.failReplace = "before";
    store.failReadAfterReplace = true;
    const error = await failure(rotateAccessKey(options));
    const newId = [...aws.keys.keys()].find((id) => id !== old.accessKeyId)!;
    expect(aws.keys.size).toBe(2);
    expect(error.message).toContain(`Reading it back failed too, so both keys are kept and active: ${old.accessKeyId} and ${newId}`);
    expect(error.message).toContain(`if it holds ${newId}, delete the old key with \`aws iam delete-access-key --user-name alice --access-key-id ${old.accessKeyId} --profile alice\``);
    expect(error.message).toContain(`if it holds ${old.accessKeyId}, delete the new one with`);
  });

  it("retries GetCallerIdentity with backoff while a new key is not yet known everywhere", async () => {
    const { aws, options, sleeps } = setUp();
    aws.failNext("GetCallerIdentityCommand", "InvalidClientTokenId", 3);
    await rotateAccessKey(options);
    expect(sleeps).toEqual([500, 1000, 2000]);
    expect(aws.calls.filter((call) => call === "GetCallerIdentityCommand")).toHaveLength(4);
  });

  it("keeps both keys, the new one stored, when the new key fails GetCallerIdentity for 15 s", async () => {
    const { aws, old, store, options, sleeps } = setUp();
    aws.failNext("GetCallerIdentityCommand", "InvalidClientTokenId", 100);
    const error = await failure(rotateAccessKey(options));
    expect(sleeps.reduce((a, b) => a + b, 0)).toBe(15_000);
    const newId = store.held.accessKeyId;
    expect(newId).not.toBe(old.accessKeyId);
    expect(aws.keys.has(old.accessKeyId)).toBe(true);
    expect(error.message).toContain(`the new access key ${newId} is stored in [alice-keys] in /home/alice/.aws/credentials, but GetCallerIdentity with it did not succeed (GetCallerIdentity with the new key still failed after 15 s: InvalidClientTokenId)`);
    expect(error.message).toContain(`Both keys are kept: ${newId} is active and stored; ${old.accessKeyId} is still active and no longer stored (its secret is in /home/alice/.aws/credentials.mfa-session.bak)`);
    expect(error.message).toContain(`when \`aws sts get-caller-identity --profile alice\` succeeds, delete the old key with \`aws iam delete-access-key --user-name alice --access-key-id ${old.accessKeyId} --profile alice\``);
    expectNoSecret(aws, error, [old.secretAccessKey]);
  });

  it("keeps both keys and names the command when deleting the old key fails", async () => {
    const { aws, old, store, options } = setUp();
    aws.failNext("DeleteAccessKeyCommand", "AccessDenied");
    const error = await failure(rotateAccessKey(options));
    const newId = store.held.accessKeyId;
    expect(aws.keys.size).toBe(2);
    expect(error.message).toContain(`the new access key ${newId} is stored in [alice-keys] in /home/alice/.aws/credentials and works, but deleting the old key ${old.accessKeyId} failed (DeleteAccessKey`);
    expect(error.message).toContain(`Both keys are active: ${newId} is stored; ${old.accessKeyId} is no longer stored`);
    expect(error.message).toMatch(new RegExp(`: delete it with \`aws iam delete-access-key --user-name alice --access-key-id ${old.accessKeyId} --profile alice\`\\.$`));
    expectNoSecret(aws, error, [old.secretAccessKey]);
  });
});
