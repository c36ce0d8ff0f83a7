// Pure: a profile's access key in the text of the credentials file, and the same text with that key
// replaced by another on the same lines (every other byte kept: comments, spacing, other profiles).
import { findSection, setConfigValues } from "../../configEdit/setConfigValues.js";
import { parseConfigDocument } from "../../configEdit/parseConfigDocument.js";
import type { AwsCredentials } from "../../config/ResolvedProfile.js";
import { MfaSessionError } from "../../errors/MfaSessionError.js";

export interface StoredKeyLines {
  accessKeyId: string;
  secretAccessKey: string;
  /** The section also has aws_session_token: temporary credentials, not a key to rotate. */
  hasSessionToken: boolean;
}

/** The key of `[section]`, or undefined when the section or one of its two key lines is missing. */
export function findCredentialsFileKey(text: string, section: string): StoredKeyLines | undefined {
  const block = findSection(parseConfigDocument(text), section);
  if (!block) return undefined;
  const value = (key: string) => block.keys.findLast((line) => line.key === key)?.value;
  const accessKeyId = value("aws_access_key_id");
  const secretAccessKey = value("aws_secret_access_key");
  if (!accessKeyId || !secretAccessKey) return undefined;
  return { accessKeyId, secretAccessKey, hasSessionToken: (value("aws_session_token") ?? "") !== "" };
}

/**
 * `text` with `[section]`'s key replaced by `next`, on the lines the old key used. Throws when the
 * section no longer holds `expectedAccessKeyId` (another program changed it since it was read):
 * rotation never overwrites a key it did not see. The error names ids only.
 */
export function replaceCredentialsFileKey(text: string, section: string, expectedAccessKeyId: string, next: AwsCredentials): string {
  const current = findCredentialsFileKey(text, section);
  if (current?.accessKeyId !== expectedAccessKeyId) {
    const found = current === undefined ? "no access key" : `access key ${current.accessKeyId}`;
    throw new MfaSessionError(`[${section}] holds ${found} now, not ${expectedAccessKeyId}: another program changed it`);
  }
  return setConfigValues(text, [{
    section,
    set: [{ key: "aws_access_key_id", value: next.accessKeyId }, { key: "aws_secret_access_key", value: next.secretAccessKey }],
  }]).text;
}
