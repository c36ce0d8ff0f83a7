import { describe, expect, it } from "vitest";
import { EntityExistsError, InvalidMfaCodeError, NoSuchEntityError } from "../errors/errors.js";
import { generateTotp } from "../totp/generateTotp.js";
import { createVirtualMfaDevice } from "./createVirtualMfaDevice.js";
import { enableMfaDevice } from "./enableMfaDevice.js";
import { getConsecutiveCodes } from "./getConsecutiveCodes.js";
import { createFakeIam } from "./testing/createFakeIam.js";

describe(enableMfaDevice.name, () => {
  it("assigns the device to the user with two consecutive codes", async () => {
    const fake = createFakeIam();
    const device = await createVirtualMfaDevice({ iam: fake.port, name: "alice" });
    await enableMfaDevice({ iam: fake.port, userName: "alice", serialNumber: device.serialNumber, ...getConsecutiveCodes(device.base32StringSeed) });
    expect(fake.devices.get(device.serialNumber)!.userName).toBe("alice");
  });

  it("explains consecutive codes when IAM refuses them, without echoing them", async () => {
    const fake = createFakeIam();
    const device = await createVirtualMfaDevice({ iam: fake.port, name: "alice" });
    const now = Date.now();
    const code1 = generateTotp(device.base32StringSeed, { timeMs: now });
    const code2 = generateTotp(device.base32StringSeed, { timeMs: now + 90_000 });
    const error = await enableMfaDevice({ iam: fake.port, userName: "alice", serialNumber: device.serialNumber, code1, code2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidMfaCodeError);
    expect((error as Error).message).toMatch(/two consecutive codes: wait for a fresh code and enter it, then the next one/);
    expect((error as Error).message).not.toContain(code1);
  });

  it("refuses two equal codes without calling IAM", async () => {
    const fake = createFakeIam();
    await expect(enableMfaDevice({ iam: fake.port, userName: "alice", serialNumber: "arn:x", code1: "123456", code2: "123456" }))
      .rejects.toThrow(/the two codes are the same/);
    expect(fake.calls).toEqual([]);
  });

  it("says the device is already in use when it is enabled for someone", async () => {
    const fake = createFakeIam({ users: ["alice", "bob"] });
    const device = await createVirtualMfaDevice({ iam: fake.port, name: "shared" });
    await enableMfaDevice({ iam: fake.port, userName: "alice", serialNumber: device.serialNumber, ...getConsecutiveCodes(device.base32StringSeed) });
    await expect(enableMfaDevice({ iam: fake.port, userName: "bob", serialNumber: device.serialNumber, ...getConsecutiveCodes(device.base32StringSeed) }))
      .rejects.toBeInstanceOf(EntityExistsError);
  });

  it("names the limit of 8 devices per user", async () => {
    const fake = createFakeIam();
    fake.failNext("EnableMFADeviceCommand", "LimitExceeded");
    const error = await enableMfaDevice({ iam: fake.port, userName: "alice", serialNumber: "arn:x", code1: "111111", code2: "222222" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "DEVICE_LIMIT" });
    expect((error as Error).message).toMatch(/at most 8 MFA devices per user/);
  });

  it("reports an unknown user as a missing entity", async () => {
    const fake = createFakeIam();
    const device = await createVirtualMfaDevice({ iam: fake.port, name: "x" });
    await expect(enableMfaDevice({ iam: fake.port, userName: "nobody", serialNumber: device.serialNumber, ...getConsecutiveCodes(device.base32StringSeed) }))
      .rejects.toBeInstanceOf(NoSuchEntityError);
  });
});
