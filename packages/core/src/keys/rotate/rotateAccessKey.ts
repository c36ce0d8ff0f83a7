// Key rotation, every collaborator injected: list the user's keys (stop while two exist), create a
// new key, store it in place of the old one, prove it with GetCallerIdentity, delete the old key.
// Whatever step fails, the old key is never deleted, and the error says which key is active, which
// one is stored where, and what to run next (ids only: a secret never reaches a message).
import type { AwsCredentials } from "../../config/ResolvedProfile.js";
import { MfaSessionError } from "../../errors/MfaSessionError.js";
import { systemClock, type Clock, type IamPort, type StsPort } from "../../ports/ports.js";
import { createOwnAccessKey, deleteOwnAccessKey, listOwnAccessKeys, type AccessKeySummary } from "./accessKeyCalls.js";
import { proveAccessKey } from "./proveAccessKey.js";
import type { RotationStore } from "./RotationStore.js";

export interface RotateAccessKeyOptions {
  /** The profile asked for, named in messages and in the commands they give (`--profile`). */
  profile: string;
  store: RotationStore;
  /** IAM as the user: through an MFA session when the profile uses MFA (connectDeviceAdmin). */
  iam: IamPort;
  iamEndpoint?: string;
  /** An STS client signed with `credentials` (the new key), to prove it. */
  stsFor(credentials: AwsCredentials): Promise<StsPort>;
  stsEndpoint?: string;
  /** Where the replaced key's secret is still kept after replace() (a backup file), if anywhere. */
  previousCopy?(): string | undefined;
  clock?: Clock;
  sleep?(ms: number): Promise<void>;
  proveTimeoutMs?: number;
}

export interface RotateAccessKeyResult {
  userName: string;
  oldAccessKeyId: string;
  newAccessKeyId: string;
  /** The store's description. */
  storedIn: string;
}

export async function rotateAccessKey(options: RotateAccessKeyOptions): Promise<RotateAccessKeyResult> {
  const { profile, store, iam } = options;
  const where = store.describe();
  const old = await store.read();
  const oldId = old.accessKeyId;
  /** "Profile P: <what failed> (<why>). <which key is active and stored where>: <what to run next>." */
  const stop = (failed: string, cause: unknown, state: string, nextStep: string) =>
    new MfaSessionError(`Profile ${profile}: ${failed}${formatCause(cause)}. ${state}`, "KEY_ROTATION", { ...(cause === undefined ? {} : { cause }), nextStep });
  const unchanged = `Nothing was changed: ${oldId} is still the key in ${where}`;
  const deleteCommand = (userName: string, id: string) => `\`aws iam delete-access-key --user-name ${userName} --access-key-id ${id} --profile ${profile}\``;

  // (a) IAM allows two keys per user: a new one needs a free slot, checked before anything changes.
  let keys: AccessKeySummary[];
  try {
    keys = await listOwnAccessKeys({ iam, ...endpoint(options.iamEndpoint) });
  } catch (error) {
    throw stop("listing the user's access keys failed", error, unchanged, "fix the cause and rotate again");
  }
  const current = keys.find((key) => key.accessKeyId === oldId);
  if (!current) {
    const userNames = [...new Set(keys.map((key) => key.userName))];
    throw stop(`the key in ${where}, ${oldId}, is not one of the access keys of the signed-in user${userNames.length ? ` ${userNames.join(", ")}` : ""}`, undefined, unchanged,
      "check that the profile's MFA device and keys belong to the same IAM user");
  }
  const userName = current.userName;
  const others = keys.filter((key) => key !== current);
  if (keys.length >= 2) {
    const other = others[0]!;
    throw stop(`user ${userName} already has two access keys, the most IAM allows: ${oldId} (the one in ${where}) and ${other.accessKeyId} (${other.status}${other.createDate ? `, created ${other.createDate.toISOString().slice(0, 10)}` : ""})`, undefined,
      "Nothing was changed",
      `if ${other.accessKeyId} is not used any more, delete it with ${deleteCommand(userName, other.accessKeyId)}, then rotate again`);
  }

  // (b) The new key; its secret exists only in this process until (c) stores it.
  let next: AwsCredentials;
  try {
    next = await createOwnAccessKey({ iam, userName, ...endpoint(options.iamEndpoint) });
  } catch (error) {
    throw stop(`creating a new access key for user ${userName} failed`, error, unchanged, "fix the cause and rotate again");
  }
  const newId = next.accessKeyId;

  // (c) Store it. If that fails, the store is read again: a key it does not hold is lost, so it is deleted.
  try {
    await store.replace(next);
  } catch (storeError) {
    const held = await store.read().then((key) => key.accessKeyId, () => undefined);
    if (held === oldId) {
      try {
        await deleteOwnAccessKey({ iam, userName, accessKeyId: newId, ...endpoint(options.iamEndpoint) });
      } catch (deleteError) {
        throw stop(`storing the new access key ${newId} in ${where} failed`, storeError,
          `Deleting ${newId} again failed too (${describe(deleteError).replace(/\.$/, "")}). Both keys are active: ${oldId} is still the key in ${where}; ${newId}'s secret was never stored, so it cannot be used`,
          `delete ${newId} with ${deleteCommand(userName, newId)}, fix the cause and rotate again`);
      }
      throw stop(`storing the new access key ${newId} in ${where} failed`, storeError,
        `${newId} was deleted again (its secret was never stored); ${oldId} is still the key in ${where}`, "fix the cause and rotate again");
    }
    if (held !== newId) {
      throw stop(`storing the new access key ${newId} in ${where} failed`, storeError,
        `Reading it back failed too, so both keys are kept and active: ${oldId} and ${newId}`,
        `look at ${where}: if it holds ${newId}, delete the old key with ${deleteCommand(userName, oldId)}; if it holds ${oldId}, delete the new one with ${deleteCommand(userName, newId)}`);
    }
    // The write landed despite the error: carry on with the new key stored.
  }
  const kept = options.previousCopy?.();
  const oldStillAt = kept === undefined ? "no longer stored" : `no longer stored (its secret is in ${kept})`;

  // (d) Prove the new key before giving up the old one.
  try {
    await proveAccessKey({
      sts: await options.stsFor(next), userName, clock: options.clock ?? systemClock, sleep: options.sleep ?? sleep,
      ...endpoint(options.stsEndpoint), ...(options.proveTimeoutMs === undefined ? {} : { timeoutMs: options.proveTimeoutMs }),
    });
  } catch (error) {
    throw stop(`the new access key ${newId} is stored in ${where}, but GetCallerIdentity with it did not succeed`, error,
      `Both keys are kept: ${newId} is active and stored; ${oldId} is still active and ${oldStillAt}`,
      `new keys can take a while to work: when \`aws sts get-caller-identity --profile ${profile}\` succeeds, delete the old key with ${deleteCommand(userName, oldId)}`);
  }

  // (e) The old key goes.
  try {
    await deleteOwnAccessKey({ iam, userName, accessKeyId: oldId, ...endpoint(options.iamEndpoint) });
  } catch (error) {
    throw stop(`the new access key ${newId} is stored in ${where} and works, but deleting the old key ${oldId} failed`, error,
      `Both keys are active: ${newId} is stored; ${oldId} is ${oldStillAt}`,
      `delete it with ${deleteCommand(userName, oldId)}`);
  }
  return { userName, oldAccessKeyId: oldId, newAccessKeyId: newId, storedIn: where };
}

function endpoint(value: string | undefined): { endpoint?: string } {
  return value === undefined ? {} : { endpoint: value };
}

function describe(error: unknown): string {
  return error instanceof MfaSessionError ? error.problem : error instanceof Error ? error.message : String(error);
}

function formatCause(cause: unknown): string {
  return cause === undefined ? "" : ` (${describe(cause).replace(/\.$/, "")})`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
