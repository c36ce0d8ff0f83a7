import { describe, expect, it } from "vitest";
import { UserCancelledError } from "../errors/errors.js";
import type { StsPort } from "../ports/ports.js";
import { parseOtpauthUri } from "../totp/formatOtpauthUri.js";
import { getConsecutiveCodes } from "./getConsecutiveCodes.js";
import { setupVirtualMfaDevice, type SetupVirtualMfaDeviceOptions } from "./setupVirtualMfaDevice.js";
import { createFakeIam } from "./testing/createFakeIam.js";

const sts = (arn: string): StsPort => ({ send: async () => ({ Arn: arn, Account: "123456789012" }) }) as unknown as StsPort;
const aliceSts = sts("arn:aws:iam::123456789012:user/dev/alice");

function options(overrides: Partial<SetupVirtualMfaDeviceOptions> = {}) {
  const fake = createFakeIam();
  const shown: string[] = [];
  const saved: string[] = [];
  const base: SetupVirtualMfaDeviceOptions = {
    iam: fake.port, sts: aliceSts,
    present: async (device) => { shown.push(device.otpauthUri); },
    readCodes: async (device) => getConsecutiveCodes(device.base32StringSeed),
    saveMfaSerial: async (serial) => { saved.push(serial); },
  };
  return { fake, shown, saved, options: { ...base, ...overrides } };
}

describe(setupVirtualMfaDevice.name, () => {
  it("creates a device named after the calling user, enables it and saves mfa_serial", async () => {
    const { fake, shown, saved, options: o } = options();
    const result = await setupVirtualMfaDevice(o);
    expect(result).toEqual({ userName: "alice", serialNumber: "arn:aws:iam::123456789012:mfa/alice" });
    expect(fake.devices.get(result.serialNumber)!.userName).toBe("alice");
    expect(saved).toEqual([result.serialNumber]);
    const uri = parseOtpauthUri(shown[0]!);
    expect(uri?.seedBase32).toBe(fake.devices.get(result.serialNumber)!.seed);
    expect(uri?.label).toBe("alice@123456789012");
  });

  it("deletes the new device when the person cancels at the code prompt", async () => {
    const { fake, options: o } = options({ readCodes: async () => { throw new UserCancelledError(); } });
    const error = await setupVirtualMfaDevice(o).catch((e: unknown) => e) as Error & { code: string };
    expect(error.code).toBe("CANCELLED");
    expect(error.message).toMatch(/stopped at step "codes".*deleted again, so nothing was left behind/);
    expect(fake.devices.size).toBe(0);
  });

  it("deactivates and deletes when saving the config fails after enable", async () => {
    const { fake, options: o } = options({ saveMfaSerial: async () => { throw new Error("disk full"); } });
    const error = await setupVirtualMfaDevice(o).catch((e: unknown) => e) as Error;
    expect(error.message).toMatch(/step "save-config": disk full.*deactivated and deleted/);
    expect(fake.devices.size).toBe(0);
    expect(fake.calls).toContain("DeactivateMFADeviceCommand");
  });

  it("says how to clean up when the rollback itself fails, without the seed", async () => {
    const { fake, options: o } = options();
    fake.failNext("EnableMFADeviceCommand", "InvalidAuthenticationCode");
    fake.failNext("DeleteVirtualMFADeviceCommand", "ServiceFailure");
    const error = await setupVirtualMfaDevice(o).catch((e: unknown) => e) as Error;
    const [device] = [...fake.devices.values()];
    expect(error.message).toMatch(/two consecutive codes/);
    expect(error).toMatchObject({ hint: { kind: "remove-device", serialNumber: device!.serialNumber } });
    expect(error.message).toMatch(/could not be removed .*: deactivate and delete it by hand\.$/s);
    expect(error.message).not.toContain(device!.seed);
  });

  it("refuses role sessions before creating anything", async () => {
    const { fake, options: o } = options({ sts: sts("arn:aws:sts::123456789012:assumed-role/Admin/s") });
    await expect(setupVirtualMfaDevice(o)).rejects.toThrow(/not an IAM user/);
    expect(fake.calls).toEqual([]);
  });
});

describe("setupVirtualMfaDevice under an MFA-required policy", () => {
  it("rolls back with an MFA session made from the new device's own seed when plain keys may not delete", async () => {
    const { fake, options: o } = options({ readCodes: async () => { throw new UserCancelledError(); } });
    const denied = new Set(["DeleteVirtualMFADeviceCommand", "DeactivateMFADeviceCommand"]);
    const plainKeys = { send: (command: { constructor: { name: string } }) => denied.has(command.constructor.name)
      ? Promise.reject(Object.assign(new Error("denied"), { name: "AccessDenied" }))
      : fake.port.send(command as never) } as unknown as typeof fake.port;
    const tokenCodes: string[] = [];
    const sts = { send: async (command: { constructor: { name: string }; input: { TokenCode?: string } }) => {
      if (command.constructor.name === "GetSessionTokenCommand") {
        tokenCodes.push(command.input.TokenCode!);
        return { Credentials: { AccessKeyId: "ASIA1", SecretAccessKey: "s", SessionToken: "t" } };
      }
      return { Arn: "arn:aws:iam::123456789012:user/alice", Account: "123456789012" };
    } } as unknown as StsPort;
    const sessions: string[] = [];
    const error = await setupVirtualMfaDevice({ ...o, iam: plainKeys, sts, createSessionIam: async (c) => { sessions.push(c.accessKeyId); return fake.port; } })
      .catch((e: unknown) => e) as Error;
    expect(error.message).toMatch(/deleted again, so nothing was left behind/);
    expect(fake.devices.size).toBe(0);
    expect(sessions).toEqual(["ASIA1"]);
    expect(fake.calls.filter((c) => c === "EnableMFADeviceCommand")).toHaveLength(1);
    expect(tokenCodes[0]).toMatch(/^\d{6}$/);
  });
});
