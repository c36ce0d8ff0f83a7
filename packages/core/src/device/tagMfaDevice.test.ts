import { describe, expect, it } from "vitest";
import { NoSuchEntityError, UsageError } from "../errors/errors.js";
import { createVirtualMfaDevice } from "./createVirtualMfaDevice.js";
import { getMfaDevice } from "./getMfaDevice.js";
import { listMfaDeviceTags } from "./listMfaDeviceTags.js";
import { parseTags } from "./parseTags.js";
import { tagMfaDevice } from "./tagMfaDevice.js";
import { untagMfaDevice } from "./untagMfaDevice.js";
import { createFakeIam } from "./testing/createFakeIam.js";

describe(tagMfaDevice.name, () => {
  it("adds, lists and removes tags", async () => {
    const fake = createFakeIam();
    const { serialNumber } = await createVirtualMfaDevice({ iam: fake.port, name: "alice", tags: { a: "1" } });
    await tagMfaDevice({ iam: fake.port, serialNumber, tags: parseTags(["b=2", "c=x=y"]) });
    expect(await listMfaDeviceTags({ iam: fake.port, serialNumber })).toEqual({ a: "1", b: "2", c: "x=y" });
    await untagMfaDevice({ iam: fake.port, serialNumber, tagKeys: ["a", "c"] });
    expect(await listMfaDeviceTags({ iam: fake.port, serialNumber })).toEqual({ b: "2" });
  });

  it("refuses empty tag sets and malformed tags", async () => {
    const fake = createFakeIam();
    await expect(tagMfaDevice({ iam: fake.port, serialNumber: "arn:x", tags: {} })).rejects.toBeInstanceOf(UsageError);
    await expect(untagMfaDevice({ iam: fake.port, serialNumber: "arn:x", tagKeys: [] })).rejects.toBeInstanceOf(UsageError);
    expect(() => parseTags(["novalue"])).toThrow(/KEY=VALUE/);
  });
});

describe(getMfaDevice.name, () => {
  it("reports an unassigned or unknown device as not found", async () => {
    const fake = createFakeIam();
    const { serialNumber } = await createVirtualMfaDevice({ iam: fake.port, name: "alice" });
    await expect(getMfaDevice({ iam: fake.port, serialNumber })).rejects.toBeInstanceOf(NoSuchEntityError);
  });
});
