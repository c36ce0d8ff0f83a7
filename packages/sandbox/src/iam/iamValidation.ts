// IAM's parameter checks with AWS's ValidationError wording, and the lookups every IAM action shares.
import type { ActionContext } from "../actions/ActionSpec.js";
import { AwsWireError, lowerFirst, wireErrors } from "../protocol/AwsWireError.js";
import type { MfaDeviceRecord, Tag, UserRecord } from "../state/SandboxState.js";

export const NAME_PATTERN = /^[\w+=,.@-]+$/;

export function requireName(context: ActionContext, param: string, maxLength: number): string {
  const value = context.params.require(param);
  checkPattern(param, value, NAME_PATTERN, "[\\w+=,.@-]+", maxLength);
  return value;
}

export function checkPattern(param: string, value: string, pattern: RegExp, patternText: string, maxLength: number): void {
  const field = lowerFirst(param);
  if (value.length > maxLength) {
    throw wireErrors.validation(`1 validation error detected: Value '${value.slice(0, 64)}' at '${field}' failed to satisfy constraint: Member must have length less than or equal to ${maxLength}`);
  }
  if (!pattern.test(value)) {
    throw wireErrors.validation(`1 validation error detected: Value '${value.slice(0, 64)}' at '${field}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${patternText}`);
  }
}

export function readPath(context: ActionContext): string {
  const path = context.params.get("Path") ?? "/";
  checkPattern("Path", path, /^\/([\x21-\x7e]*\/)?$/, "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)", 512);
  return path;
}

export function readTags(context: ActionContext, param = "Tags"): Tag[] {
  return context.params.memberStructs(param).map((fields, index) => {
    const Key = fields.Key;
    if (!Key) throw wireErrors.validation(`1 validation error detected: Value null at '${lowerFirst(param)}.${index + 1}.member.key' failed to satisfy constraint: Member must not be null`);
    return { Key, Value: fields.Value ?? "" };
  });
}

export function getUser(context: ActionContext, userName: string): UserRecord {
  const user = context.state.users[userName];
  if (!user) throw wireErrors.noSuchEntity(`The user with name ${userName} cannot be found.`);
  return user;
}

/** The UserName parameter, or the calling user when it is left out (as IAM does). */
export function resolveTargetUser(context: ActionContext): UserRecord {
  const given = context.params.get("UserName");
  if (given !== undefined && given !== "") {
    checkPattern("UserName", given, NAME_PATTERN, "[\\w+=,.@-]+", 128);
    return getUser(context, given);
  }
  if (!context.principal.userName) throw wireErrors.validation("Must specify userName when calling with non-User credentials");
  return getUser(context, context.principal.userName);
}

export function isOwnUser(context: ActionContext): boolean {
  const given = context.params.get("UserName");
  return given === undefined || given === "" || given === context.principal.userName;
}

export function getVirtualDevice(context: ActionContext, serialNumber: string): MfaDeviceRecord {
  const device = context.state.mfaDevices[serialNumber];
  if (!device) throw wireErrors.noSuchEntity(`VirtualMFADevice with serial number ${serialNumber} doesn't exist.`);
  return device;
}

export function requireSerialNumber(context: ActionContext): string {
  const serial = context.params.require("SerialNumber");
  checkPattern("SerialNumber", serial, /^[\w+=/:,.@-]+$/, "[\\w+=/:,.@-]+", 256);
  return serial;
}

export function requireAuthenticationCode(context: ActionContext, param: string): string {
  const code = context.params.require(param);
  const field = lowerFirst(param);
  if (code.length !== 6) {
    const bound = code.length < 6 ? "greater than or equal to 6" : "less than or equal to 6";
    throw new AwsWireError("ValidationError", `1 validation error detected: Value '${code.slice(0, 16)}' at '${field}' failed to satisfy constraint: Member must have length ${bound}`, 400);
  }
  if (!/^\d{6}$/.test(code)) throw new AwsWireError("ValidationError", `1 validation error detected: Value at '${field}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\d]+`, 400);
  return code;
}
