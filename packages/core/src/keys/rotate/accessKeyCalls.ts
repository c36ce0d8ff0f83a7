// The IAM calls of key rotation (ListAccessKeys, CreateAccessKey, DeleteAccessKey) on the caller's
// own user, their SDK errors translated beside the call. Ids only leave here; the new secret is
// returned to the caller and never put in a message.
import type { AwsCredentials } from "../../config/ResolvedProfile.js";
import { translateAwsError } from "../../aws/translateAwsError.js";
import type { IamPort } from "../../ports/ports.js";

export interface AccessKeySummary {
  accessKeyId: string;
  userName: string;
  status: "Active" | "Inactive";
  createDate?: Date;
}

export interface AccessKeyCallOptions {
  iam: IamPort;
  /** The IAM endpoint override, for messages. */
  endpoint?: string;
}

/** The keys of the calling user (IAM infers the user from the credentials). */
export async function listOwnAccessKeys(options: AccessKeyCallOptions): Promise<AccessKeySummary[]> {
  const { ListAccessKeysCommand } = await import("@aws-sdk/client-iam");
  const keys: AccessKeySummary[] = [];
  let marker: string | undefined;
  try {
    do {
      const page = await options.iam.send(new ListAccessKeysCommand(marker === undefined ? {} : { Marker: marker }));
      for (const key of page.AccessKeyMetadata ?? []) {
        if (!key.AccessKeyId || !key.UserName) continue;
        keys.push({ accessKeyId: key.AccessKeyId, userName: key.UserName, status: key.Status === "Inactive" ? "Inactive" : "Active", ...(key.CreateDate ? { createDate: key.CreateDate } : {}) });
      }
      marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker !== undefined);
  } catch (error) {
    throw translateAwsError(error, { subject: "ListAccessKeys", endpoint: options.endpoint });
  }
  return keys;
}

export async function createOwnAccessKey(options: AccessKeyCallOptions & { userName: string }): Promise<AwsCredentials> {
  const { CreateAccessKeyCommand } = await import("@aws-sdk/client-iam");
  let created;
  try {
    created = (await options.iam.send(new CreateAccessKeyCommand({ UserName: options.userName }))).AccessKey;
  } catch (error) {
    throw translateAwsError(error, { subject: `CreateAccessKey for user ${options.userName}`, endpoint: options.endpoint });
  }
  if (!created?.AccessKeyId || !created.SecretAccessKey) throw new Error("CreateAccessKey returned no key");
  return { accessKeyId: created.AccessKeyId, secretAccessKey: created.SecretAccessKey };
}

export async function deleteOwnAccessKey(options: AccessKeyCallOptions & { userName: string; accessKeyId: string }): Promise<void> {
  const { DeleteAccessKeyCommand } = await import("@aws-sdk/client-iam");
  try {
    await options.iam.send(new DeleteAccessKeyCommand({ UserName: options.userName, AccessKeyId: options.accessKeyId }));
  } catch (error) {
    throw translateAwsError(error, { subject: `DeleteAccessKey ${options.accessKeyId} of user ${options.userName}`, endpoint: options.endpoint });
  }
}
