// Rollback for users whose policy denies DeleteVirtualMFADevice and DeactivateMFADevice without
// MFA (AWS's own "self-manage MFA" example policy does): setup still holds the new device's seed,
// so it enables the device if needed, gets an MFA session with the device's next code, and removes
// the device with that session.
import type { AwsCredentials } from "../config/ResolvedProfile.js";
import { EntityExistsError } from "../errors/errors.js";
import type { Clock, IamPort, StsPort } from "../ports/ports.js";
import { translateAwsError } from "../aws/translateAwsError.js";
import { generateTotp, TOTP_STEP_SECONDS } from "../totp/generateTotp.js";
import { deactivateMfaDevice } from "./deactivateMfaDevice.js";
import { deleteVirtualMfaDevice } from "./deleteVirtualMfaDevice.js";
import { enableMfaDevice } from "./enableMfaDevice.js";
import { getConsecutiveCodes } from "./getConsecutiveCodes.js";

export interface RemoveWithOwnMfaSessionOptions {
  /** The source credentials' clients: enabling and GetSessionToken need no MFA under the usual policy. */
  iam: IamPort;
  sts: StsPort;
  endpoint?: string;
  device: { userName: string; serialNumber: string; base32StringSeed: string };
  enabled: boolean;
  clock: Clock;
  createSessionIam(credentials: AwsCredentials): Promise<IamPort>;
}

export async function removeWithOwnMfaSession(options: RemoveWithOwnMfaSessionOptions): Promise<void> {
  const { device, clock, endpoint } = options;
  const stepMs = TOTP_STEP_SECONDS * 1000;
  const userName = device.userName;
  const serialNumber = device.serialNumber;
  if (!options.enabled) {
    // The previous and current codes, so the next one is still unused for GetSessionToken.
    const codes = getConsecutiveCodes(device.base32StringSeed, { now: () => clock.now() - stepMs });
    try {
      await enableMfaDevice({ iam: options.iam, endpoint, userName, serialNumber, ...codes });
    } catch (error) {
      if (!(error instanceof EntityExistsError)) throw error; // enabled after all (the failed call went through)
    }
  }
  const { GetSessionTokenCommand } = await import("@aws-sdk/client-sts");
  let session;
  try {
    const response = await options.sts.send(new GetSessionTokenCommand({
      SerialNumber: serialNumber,
      TokenCode: generateTotp(device.base32StringSeed, { timeMs: clock.now() + stepMs }),
      DurationSeconds: 900,
    }));
    session = response.Credentials;
  } catch (error) {
    throw translateAwsError(error, { subject: `Rolling back ${serialNumber}: GetSessionToken`, endpoint });
  }
  if (!session?.AccessKeyId || !session.SecretAccessKey) throw new Error("GetSessionToken returned no credentials");
  const iam = await options.createSessionIam({ accessKeyId: session.AccessKeyId, secretAccessKey: session.SecretAccessKey, sessionToken: session.SessionToken });
  await deactivateMfaDevice({ iam, endpoint, userName, serialNumber });
  await deleteVirtualMfaDevice({ iam, endpoint, serialNumber });
}
