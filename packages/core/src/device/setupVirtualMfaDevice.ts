// The console's "assign MFA device" wizard as one flow for the calling user: find the user, create
// the device, show it, take two consecutive codes, enable, save mfa_serial. Every step after the
// create is undone on failure (deactivate, delete) so a failed setup leaves no orphan device.
import type { AwsCredentials } from "../config/ResolvedProfile.js";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { AccessDeniedError } from "../errors/errors.js";
import { systemClock, type Clock, type IamPort, type StsPort } from "../ports/ports.js";
import { formatOtpauthUri } from "../totp/formatOtpauthUri.js";
import { createVirtualMfaDevice } from "./createVirtualMfaDevice.js";
import { deactivateMfaDevice } from "./deactivateMfaDevice.js";
import { deleteVirtualMfaDevice } from "./deleteVirtualMfaDevice.js";
import { enableMfaDevice } from "./enableMfaDevice.js";
import { findCallingUser } from "./findCallingUser.js";
import { removeWithOwnMfaSession } from "./removeWithOwnMfaSession.js";
import type { CreatedVirtualMfaDevice } from "./MfaDevice.js";
import type { CodePair } from "./parseCodePair.js";

export interface NewDeviceForUser extends CreatedVirtualMfaDevice {
  userName: string;
  accountId: string;
  /** otpauth://totp/... built from the seed: what the QR encodes. */
  otpauthUri: string;
}

export type SetupStep = "find-user" | "create" | "show" | "codes" | "enable" | "save-config";

export interface SetupVirtualMfaDeviceOptions {
  iam: IamPort;
  sts: StsPort;
  endpoint?: string;
  /** Defaults to the user name, which the usual self-service IAM policy (mfa/${aws:username}) expects. */
  deviceName?: string;
  path?: string;
  tags?: Record<string, string>;
  /** Shows the QR (and saves it when asked). */
  present(device: NewDeviceForUser): Promise<void>;
  /** Two consecutive codes from the person's authenticator. */
  readCodes(device: NewDeviceForUser): Promise<CodePair>;
  /** Writes mfa_serial into the profile; optional. */
  saveMfaSerial?(serialNumber: string): Promise<void>;
  /** Progress lines for the person ("Created ...", "Rolled back ..."). */
  onStep?(message: string): void;
  /**
   * An IAM client for MFA-session credentials. Under the usual "MFA required" policy a user may not
   * delete or deactivate a device without MFA; with this, the rollback proves MFA with the new
   * device's own seed and removes it anyway.
   */
  createSessionIam?(credentials: AwsCredentials): Promise<IamPort>;
  clock?: Clock;
}

export interface SetupVirtualMfaDeviceResult {
  userName: string;
  serialNumber: string;
}

export async function setupVirtualMfaDevice(options: SetupVirtualMfaDeviceOptions): Promise<SetupVirtualMfaDeviceResult> {
  const { iam, endpoint } = options;
  const say = options.onStep ?? (() => {});
  const user = await findCallingUser({ sts: options.sts, endpoint });
  const deviceName = options.deviceName ?? user.userName;
  const created = await createVirtualMfaDevice({ iam, endpoint, name: deviceName, path: options.path, tags: options.tags });
  say(`Created virtual MFA device ${created.serialNumber} for user ${user.userName}.`);
  const device: NewDeviceForUser = {
    ...created,
    userName: user.userName,
    accountId: user.accountId,
    otpauthUri: formatOtpauthUri({ seedBase32: created.base32StringSeed, accountName: `${deviceName}@${user.accountId}`, issuer: "Amazon Web Services" }),
  };

  let step: SetupStep = "show";
  let enabled = false;
  try {
    await options.present(device);
    step = "codes";
    const codes = await options.readCodes(device);
    step = "enable";
    await enableMfaDevice({ iam, endpoint, userName: user.userName, serialNumber: device.serialNumber, ...codes });
    enabled = true;
    say(`Enabled ${device.serialNumber} for user ${user.userName}.`);
    step = "save-config";
    await options.saveMfaSerial?.(device.serialNumber);
    return { userName: user.userName, serialNumber: device.serialNumber };
  } catch (error) {
    const leftOver = await rollBack(options, device, enabled);
    const reason = error instanceof Error ? error.message : String(error);
    const code = error instanceof MfaSessionError ? error.code : "MFA_SESSION_ERROR";
    const stopped = `Device setup stopped at step "${step}": ${reason}`;
    if (leftOver === undefined) {
      const done = `The new device ${device.serialNumber} was ${enabled ? "deactivated and " : ""}deleted again, so nothing was left behind; run setup again when ready.`;
      throw new MfaSessionError(`${stopped} ${done}`, code, { cause: error });
    }
    throw new MfaSessionError(`${stopped} The new device ${device.serialNumber} could not be removed (${leftOver})`, code, {
      cause: error, hint: { kind: "remove-device", serialNumber: device.serialNumber }, nextStep: "deactivate and delete it by hand",
    });
  }
}

/** Undoes the set-up; undefined when done, else why the device is still there. */
async function rollBack(options: SetupVirtualMfaDeviceOptions, device: NewDeviceForUser, enabled: boolean): Promise<string | undefined> {
  const { iam, endpoint } = options;
  try {
    try {
      if (enabled) await deactivateMfaDevice({ iam, endpoint, userName: device.userName, serialNumber: device.serialNumber });
      await deleteVirtualMfaDevice({ iam, endpoint, serialNumber: device.serialNumber });
    } catch (error) {
      if (!(error instanceof AccessDeniedError) || !options.createSessionIam) throw error;
      await removeWithOwnMfaSession({
        iam, sts: options.sts, endpoint, device, enabled, clock: options.clock ?? systemClock, createSessionIam: options.createSessionIam,
      });
    }
    options.onStep?.(`Rolled back: deleted ${device.serialNumber}.`);
    return undefined;
  } catch (rollbackError) {
    return rollbackError instanceof Error ? rollbackError.message : String(rollbackError);
  }
}
