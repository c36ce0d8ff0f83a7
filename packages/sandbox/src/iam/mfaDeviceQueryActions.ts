// ListMFADevices and GetMFADevice: the devices assigned to a user.
import type { ActionSpec } from "../actions/ActionSpec.js";
import { wireErrors } from "../protocol/AwsWireError.js";
import { isOwnUser, requireSerialNumber, resolveTargetUser } from "./iamValidation.js";
import { paginate, renderPage } from "./paginate.js";

export const listMfaDevices: ActionSpec = {
  allowedWithoutMfa: isOwnUser,
  handle(context) {
    const user = resolveTargetUser(context);
    const devices = Object.values(context.state.mfaDevices)
      .filter((device) => device.userName === user.userName)
      .sort((a, b) => (a.enabledAt ?? 0) - (b.enabledAt ?? 0));
    return renderPage("MFADevices", paginate(devices, context.params), (device) => ({
      UserName: user.userName,
      SerialNumber: device.serialNumber,
      EnableDate: new Date(device.enabledAt ?? device.createdAt),
    }));
  },
};

export const getMfaDevice: ActionSpec = {
  allowedWithoutMfa: isOwnUser,
  handle(context) {
    const serialNumber = requireSerialNumber(context);
    const given = context.params.get("UserName");
    const device = context.state.mfaDevices[serialNumber];
    const owner = given || context.principal.userName;
    if (!device || !device.userName || (owner !== undefined && device.userName !== owner)) {
      throw wireErrors.noSuchEntity(`MFA Device with serial number ${serialNumber} does not exist.`);
    }
    return {
      UserName: device.userName,
      SerialNumber: device.serialNumber,
      EnableDate: new Date(device.enabledAt ?? device.createdAt),
    };
  },
};
