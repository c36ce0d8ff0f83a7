// The verbs against moto_server: real SDK serialization, signing and IAM error codes. moto's QR
// "PNG" is random bytes and it deletes enabled devices without DeleteConflict, so those two
// behaviours are asserted against the sandbox instead.
import { CreateUserCommand, IAMClient } from "@aws-sdk/client-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EntityExistsError, NoSuchEntityError } from "../errors/errors.js";
import { createVirtualMfaDevice } from "./createVirtualMfaDevice.js";
import { deactivateMfaDevice } from "./deactivateMfaDevice.js";
import { deleteVirtualMfaDevice } from "./deleteVirtualMfaDevice.js";
import { enableMfaDevice } from "./enableMfaDevice.js";
import { getConsecutiveCodes } from "./getConsecutiveCodes.js";
import { listMfaDevices } from "./listMfaDevices.js";
import { listVirtualMfaDevices } from "./listVirtualMfaDevices.js";
import { startMoto, type MotoServer } from "../testing/startMoto.js";

let moto: MotoServer;
let iam: IAMClient;

beforeAll(async () => {
  moto = await startMoto();
  iam = new IAMClient({ region: "us-east-1", endpoint: moto.endpoint, credentials: { accessKeyId: "AKIDMOTO", secretAccessKey: "moto" } });
  await iam.send(new CreateUserCommand({ UserName: "alice" }));
});

afterAll(async () => {
  iam?.destroy();
  await moto?.stop();
});

describe("virtual MFA device lifecycle against moto_server", () => {
  it("creates, enables, lists, deactivates and deletes a device", async () => {
    const device = await createVirtualMfaDevice({ iam, name: "alice-phone", path: "/team/", tags: { team: "a" } });
    expect(device.serialNumber).toMatch(/^arn:aws:iam::\d{12}:mfa\/team\/alice-phone$/);
    expect(device.base32StringSeed).toMatch(/^[A-Z2-7]+=*$/);
    expect(device.qrCodePng.length).toBeGreaterThan(0);

    await expect(createVirtualMfaDevice({ iam, name: "alice-phone", path: "/team/" })).rejects.toBeInstanceOf(EntityExistsError);

    await enableMfaDevice({ iam, userName: "alice", serialNumber: device.serialNumber, ...getConsecutiveCodes(device.base32StringSeed) });
    expect((await listMfaDevices({ iam, userName: "alice" })).map((d) => d.serialNumber)).toEqual([device.serialNumber]);
    const assigned = await listVirtualMfaDevices({ iam, assignmentStatus: "Assigned" });
    expect(assigned.find((d) => d.serialNumber === device.serialNumber)?.userName).toBe("alice");

    await deactivateMfaDevice({ iam, userName: "alice", serialNumber: device.serialNumber });
    expect(await listMfaDevices({ iam, userName: "alice" })).toEqual([]);
    expect((await listVirtualMfaDevices({ iam, assignmentStatus: "Unassigned" })).map((d) => d.serialNumber)).toContain(device.serialNumber);

    await deleteVirtualMfaDevice({ iam, serialNumber: device.serialNumber });
    await expect(deleteVirtualMfaDevice({ iam, serialNumber: device.serialNumber })).rejects.toBeInstanceOf(NoSuchEntityError);
  });

  it("pages through many devices", async () => {
    for (let i = 0; i < 5; i++) await createVirtualMfaDevice({ iam, name: `page-${i}` });
    const all = await listVirtualMfaDevices({ iam, pageSize: 2 });
    expect(all.filter((d) => d.serialNumber.includes("page-"))).toHaveLength(5);
  });
});
