import { describe, expect, it } from "vitest";
import { createVirtualMfaDevice } from "./createVirtualMfaDevice.js";
import { enableMfaDevice } from "./enableMfaDevice.js";
import { getConsecutiveCodes } from "./getConsecutiveCodes.js";
import { listMfaDevices } from "./listMfaDevices.js";
import { listVirtualMfaDevices } from "./listVirtualMfaDevices.js";
import { createFakeIam } from "./testing/createFakeIam.js";

describe(listVirtualMfaDevices.name, () => {
  it("reads every page and filters by assignment status", async () => {
    const fake = createFakeIam();
    for (let i = 0; i < 7; i++) await createVirtualMfaDevice({ iam: fake.port, name: `d${i}` });
    const first = [...fake.devices.values()][0]!;
    await enableMfaDevice({ iam: fake.port, userName: "alice", serialNumber: first.serialNumber, ...getConsecutiveCodes(first.seed) });

    const all = await listVirtualMfaDevices({ iam: fake.port, pageSize: 2 });
    expect(all).toHaveLength(7);
    expect(fake.calls.filter((c) => c === "ListVirtualMFADevicesCommand")).toHaveLength(4);
    const assigned = await listVirtualMfaDevices({ iam: fake.port, assignmentStatus: "Assigned" });
    expect(assigned.map((d) => [d.serialNumber, d.userName])).toEqual([[first.serialNumber, "alice"]]);
    expect(await listVirtualMfaDevices({ iam: fake.port, assignmentStatus: "Unassigned" })).toHaveLength(6);
  });
});

describe(listMfaDevices.name, () => {
  it("lists the devices enabled for one user", async () => {
    const fake = createFakeIam({ users: ["alice", "bob"] });
    const device = await createVirtualMfaDevice({ iam: fake.port, name: "bob" });
    await enableMfaDevice({ iam: fake.port, userName: "bob", serialNumber: device.serialNumber, ...getConsecutiveCodes(device.base32StringSeed) });
    expect(await listMfaDevices({ iam: fake.port, userName: "alice" })).toEqual([]);
    expect((await listMfaDevices({ iam: fake.port, userName: "bob" })).map((d) => d.serialNumber)).toEqual([device.serialNumber]);
  });
});
