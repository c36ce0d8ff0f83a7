import { describe, expect, it } from "vitest";
import { EntityExistsError, UsageError } from "../errors/errors.js";
import { createVirtualMfaDevice } from "./createVirtualMfaDevice.js";
import { createFakeIam } from "./testing/createFakeIam.js";

describe(createVirtualMfaDevice.name, () => {
  it("returns the serial, the Base32 seed as text and the QR PNG", async () => {
    const fake = createFakeIam();
    const device = await createVirtualMfaDevice({ iam: fake.port, name: "alice", path: "/team/", tags: { team: "a" } });
    expect(device.serialNumber).toBe("arn:aws:iam::123456789012:mfa/team/alice");
    expect(device.base32StringSeed).toBe(fake.devices.get(device.serialNumber)!.seed);
    expect(device.base32StringSeed).toMatch(/^[A-Z2-7]{64}$/);
    expect(device.qrCodePng.length).toBeGreaterThan(0);
    expect(fake.devices.get(device.serialNumber)!.tags).toEqual({ team: "a" });
  });

  it("says to pick another name when the device exists", async () => {
    const fake = createFakeIam();
    await createVirtualMfaDevice({ iam: fake.port, name: "alice" });
    const error = await createVirtualMfaDevice({ iam: fake.port, name: "alice" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EntityExistsError);
    expect(error).toMatchObject({ hint: { kind: "device-name-taken" } });
    expect((error as Error).message).toMatch(/already exists: choose another name/);
  });

  it("refuses invalid names and paths before calling IAM", async () => {
    const fake = createFakeIam();
    await expect(createVirtualMfaDevice({ iam: fake.port, name: "has space" })).rejects.toBeInstanceOf(UsageError);
    await expect(createVirtualMfaDevice({ iam: fake.port, name: "ok", path: "team" })).rejects.toThrow(/start and end with "\/"/);
    expect(fake.calls).toEqual([]);
  });
});
