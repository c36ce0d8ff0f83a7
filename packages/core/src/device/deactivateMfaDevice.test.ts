import { describe, expect, it } from "vitest";
import { NoSuchEntityError } from "../errors/errors.js";
import { createVirtualMfaDevice } from "./createVirtualMfaDevice.js";
import { deactivateMfaDevice } from "./deactivateMfaDevice.js";
import { enableMfaDevice } from "./enableMfaDevice.js";
import { getConsecutiveCodes } from "./getConsecutiveCodes.js";
import { createFakeIam } from "./testing/createFakeIam.js";

describe(deactivateMfaDevice.name, () => {
  it("unassigns the device and keeps it", async () => {
    const fake = createFakeIam();
    const device = await createVirtualMfaDevice({ iam: fake.port, name: "alice" });
    await enableMfaDevice({ iam: fake.port, userName: "alice", serialNumber: device.serialNumber, ...getConsecutiveCodes(device.base32StringSeed) });
    await deactivateMfaDevice({ iam: fake.port, userName: "alice", serialNumber: device.serialNumber });
    expect(fake.devices.get(device.serialNumber)!.userName).toBeUndefined();
  });

  it("reports a device that is not enabled for the user", async () => {
    const fake = createFakeIam();
    const device = await createVirtualMfaDevice({ iam: fake.port, name: "alice" });
    const error = await deactivateMfaDevice({ iam: fake.port, userName: "alice", serialNumber: device.serialNumber }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoSuchEntityError);
    expect((error as Error).message).toContain(device.serialNumber);
  });
});
