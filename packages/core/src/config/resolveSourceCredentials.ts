// Turns a SourceCredentialsSpec into credentials: static keys as they are, keys read from the OS
// keychain now, or a credential_process run now (via the process module) and its Version 1 JSON validated.
import { MfaSessionError } from "../errors/MfaSessionError.js";
import type { KeyStore } from "../keys/KeyStore.js";
import { createKeyringStore } from "../keys/keyringStore.js";
import { systemClock, type Clock } from "../ports/ports.js";
import { runShellCommand as defaultRunShellCommand, type RunShellCommandOptions, type ShellCommandResult } from "../process/runShellCommand.js";
import type { Env } from "./Env.js";
import { parseProcessCredentials } from "./parseProcessCredentials.js";
import type { AwsCredentials, SourceCredentialsSpec } from "./ResolvedProfile.js";

export interface ResolveSourceCredentialsOptions {
  env?: Env;
  clock?: Clock;
  timeoutMs?: number;
  runShellCommand?: (command: string, options: RunShellCommandOptions) => Promise<Pick<ShellCommandResult, "stdout">>;
  /** Where keychain-held keys are read; default: the OS keychain, its native module loaded on this first read. */
  keyStore?: KeyStore;
}

/** The AWS CLI gives a credential_process no time limit; one minute leaves room for a hardware-key touch. */
export const DEFAULT_CREDENTIAL_PROCESS_TIMEOUT_MS = 60_000;

export async function resolveSourceCredentials(
  spec: SourceCredentialsSpec,
  options: ResolveSourceCredentialsOptions = {},
): Promise<AwsCredentials> {
  if (spec.kind === "static") return spec.credentials;
  if (spec.kind === "keychain") return readKeychainKeys(spec, options.keyStore ?? createKeyringStore());
  const subject = `Profile ${spec.profile}: credential_process`;
  const run = options.runShellCommand ?? defaultRunShellCommand;
  const { stdout } = await run(spec.command, {
    env: options.env ?? process.env,
    timeoutMs: options.timeoutMs ?? DEFAULT_CREDENTIAL_PROCESS_TIMEOUT_MS,
    subject,
  });
  return parseProcessCredentials(stdout, { subject, nowMs: (options.clock ?? systemClock).now() });
}

async function readKeychainKeys(spec: Extract<SourceCredentialsSpec, { kind: "keychain" }>, keyStore: KeyStore): Promise<AwsCredentials> {
  const keys = await keyStore.get(spec.profile);
  if (keys === undefined) {
    throw new MfaSessionError(
      `Profile ${spec.profile}: its keys are recorded as in the OS keychain (mfa_session_key_store = keychain), but the keychain has no entry ` +
        `for service mfa-session, account ${spec.profile}. Store them with "mfa-session keys add --profile ${spec.profile}".`, "CREDENTIALS_MISSING",
    );
  }
  if (keys.accessKeyId !== spec.accessKeyId) {
    throw new MfaSessionError(
      `Profile ${spec.profile}: the OS keychain holds another access key than the one mfa_session_access_key_id names. ` +
        `Store the right keys with "mfa-session keys add --profile ${spec.profile}" (it records both).`, "CONFIG_INVALID",
    );
  }
  return { accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey };
}
