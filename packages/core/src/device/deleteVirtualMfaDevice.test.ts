import { describe, expect, it } from "vitest";
import { DeviceConflictError, NoSuchEntityError } from "../errors/errors.js";
import { createVirtualMfaDevice } from "./createVirtualMfaDevice.js";
import { deactivateMfaDevice } from "./deactivateMfaDevice.js";
import { deleteVirtualMfaDevice } from "./deleteVirtualMfaDevice.js";
import { enableMfaDevice } from "./enableMfaDevice.js";
import { getConsecutiveCodes } from "./getConsecutiveCodes.js";
import { createFakeIam } from "./testing/createFakeIam.js";

async function enabledDevice() {
  const fake = createFakeIam();
  const device = await createVirtualMfaDevice({ iam: fake.port, name: "alice" });
  await enableMfaDevice({ iam: fake.port, userName: "alice", serialNumber: device.serialNumber, ...getConsecutiveCodes(device.base32StringSeed) });
  return { fake, serialNumber: device.serialNumber };
}

describe(deleteVirtualMfaDevice.name, () => {
  it("says to deactivate first (or force it) when the device is enabled", async () => {
    const { fake, serialNumber } = await enabledDevice();
    const error = await deleteVirtualMfaDevice({ iam: fake.port, serialNumber }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeviceConflictError);
    expect(error).toMatchObject({ hint: { kind: "device-still-enabled", serialNumber } });
    expect((error as Error).message).toMatch(/deactivate it first\.$/);
    expect(fake.devices.has(serialNumber)).toBe(true);
  });

  it("deactivates then deletes with force", async () => {
    const { fake, serialNumber } = await enabledDevice();
    expect(await deleteVirtualMfaDevice({ iam: fake.port, serialNumber, force: true })).toEqual({ deactivatedFrom: "alice" });
    expect(fake.devices.has(serialNumber)).toBe(false);
  });

  it("deletes after a deactivate, and reports a missing device", async () => {
    const { fake, serialNumber } = await enabledDevice();
    await deactivateMfaDevice({ iam: fake.port, userName: "alice", serialNumber });
    expect(await deleteVirtualMfaDevice({ iam: fake.port, serialNumber })).toEqual({});
    await expect(deleteVirtualMfaDevice({ iam: fake.port, serialNumber })).rejects.toBeInstanceOf(NoSuchEntityError);
  });
});
