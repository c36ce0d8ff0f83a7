import {
  formatCredentialProcessLine, planCredentialProcessProfile, setupVirtualMfaDevice, translateDeviceError, type ErrorHint,
} from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { formatError } from "./formatError.js";
import { wordNextStep } from "./wordNextStep.js";

const awsError = (name: string) => Object.assign(new Error(name), { name, $metadata: {} });
const thrown = (run: () => unknown): unknown => {
  try { run(); } catch (error) { return error; }
  throw new Error("did not throw");
};
const keys = "[keys]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = s\n";
const profile = { profile: "dev", sourceProfile: "keys", credentialProcess: "mfa-session credential-process --profile dev" };

describe(wordNextStep.name, () => {
  it("words core's device hints as the CLI's flags and commands", () => {
    expect(formatError(translateDeviceError(awsError("DeleteConflictException"), { action: "delete", subject: "MFA device arn:x", serialNumber: "arn:x" })))
      .toBe("mfa-session: MFA device arn:x is still enabled for a user: deactivate it first, or pass --force.\n");
    expect(formatError(translateDeviceError(awsError("EntityAlreadyExists"), { action: "create", subject: 'Virtual MFA device "alice"' })))
      .toBe('mfa-session: Virtual MFA device "alice" already exists: choose another --name (or --path), or remove the old one with `mfa-session device delete --serial ARN`.\n');
    expect(formatError(translateDeviceError(awsError("NoSuchEntity"), { action: "get", subject: "MFA device arn:x" })))
      .toContain("with `mfa-session device list`.");
  });

  it("words a missing code source and a missing mfa_serial as the commands that fix them", () => {
    expect(wordNextStep({ kind: "no-code-source", profile: "dev" })).toBe("run `mfa-session login --profile dev` in a terminal, or set mfa_process");
    expect(wordNextStep({ kind: "add-mfa-serial", profile: "dev", sourceProfile: "dev-keys" }))
      .toBe("add mfa_serial = <your MFA device ARN> to the profile, or run `mfa-session device setup --profile dev-keys` to create one");
  });

  it("words configure's refusals as its flags", () => {
    const foreign = thrown(() => planCredentialProcessProfile("[profile dev]\ncredential_process = aws-vault exec dev\n", keys, { ...profile, mfaSerial: "arn:aws:iam::123456789012:mfa/a" }));
    expect(formatError(foreign)).toBe("mfa-session: Profile dev already has a credential_process that is not mfa-session: run again with --force to replace it.\n");
    expect(formatError(thrown(() => planCredentialProcessProfile("", keys, profile)))).toMatch(/: pass --mfa-serial arn:aws:iam::ACCOUNT:mfa\/NAME \(see `mfa-session device list`\)\.\n$/);
    expect(formatError(thrown(() => formatCredentialProcessLine(['/opt/we"ird/node'], "posix")))).toMatch(/cannot be written safely into credential_process: .*or pass --command\.\n$/);
  });

  it("tells how to remove a device that a failed set-up left behind", async () => {
    const serialNumber = "arn:aws:iam::123456789012:mfa/alice";
    const failing = { send: async () => { throw awsError("ServiceFailure"); } };
    const sts = { send: async () => ({ Arn: "arn:aws:iam::123456789012:user/alice", Account: "123456789012" }) };
    const iam = { send: async (command: { constructor: { name: string } }) => {
      if (command.constructor.name === "CreateVirtualMFADeviceCommand") return { VirtualMFADevice: { SerialNumber: serialNumber, Base32StringSeed: new TextEncoder().encode("JBSWY3DPEHPK3PXP"), QRCodePNG: new Uint8Array() } };
      return failing.send();
    } };
    const error = await setupVirtualMfaDevice({ iam: iam as never, sts: sts as never, present: async () => {}, readCodes: async () => { throw awsError("Boom"); } }).catch((e: unknown) => e);
    expect(formatError(error)).toContain(`remove it with \`mfa-session device delete --serial ${serialNumber} --force\`.`);
  });

  it("leaves hints it has no words for to core", () => {
    expect(wordNextStep({ kind: "some-future-hint" } as unknown as ErrorHint)).toBeUndefined();
  });
});
