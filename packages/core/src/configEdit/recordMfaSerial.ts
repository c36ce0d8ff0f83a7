// Records a device as the profile's mfa_serial after it is set up: what `mfa-session device setup`
// and the extension's Set Up Virtual MFA Device both do once the device is enabled.
import type { Env } from "../config/Env.js";
import { MFA_SERIAL_KEY } from "./credentialProcessProfileKeys.js";
import { setProfileValues, type SetProfileValuesResult } from "./setProfileValues.js";

export interface RecordMfaSerialOptions {
  env: Env;
  homedir: string;
  profile: string;
  serialNumber: string;
}

export function recordMfaSerial(options: RecordMfaSerialOptions): Promise<SetProfileValuesResult> {
  return setProfileValues({ env: options.env, homedir: options.homedir, profile: options.profile, values: { [MFA_SERIAL_KEY]: options.serialNumber } });
}
