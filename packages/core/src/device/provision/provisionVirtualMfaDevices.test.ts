import { mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createVirtualMfaDevice } from "../createVirtualMfaDevice.js";
import { createFakeIam } from "../testing/createFakeIam.js";
import { createProvisionStore, PROVISION_REPORT_FILE, type ProvisionStore } from "./provisionStore.js";
import { provisionVirtualMfaDevices } from "./provisionVirtualMfaDevices.js";

const users = (n: number) => Array.from({ length: n }, (_, i) => `user${String(i).padStart(3, "0")}`);
const fastRetry = { baseDelayMs: 1, maxDelayMs: 2, maxAttempts: 10 };
const outDir = () => join(mkdtempSync(join(tmpdir(), "provision-")), "out");

describe(provisionVirtualMfaDevices.name, () => {
  it("creates and enables one device per user, retrying throttled calls, with private files", async () => {
    const names = users(12);
    const fake = createFakeIam({ users: names });
    fake.failNext("CreateVirtualMFADeviceCommand", "Throttling", 5);
    fake.failNext("EnableMFADeviceCommand", "Throttling", 3);
    const dir = outDir();
    const result = await provisionVirtualMfaDevices({ iam: fake.port, userNames: names, store: await createProvisionStore(dir), enableWithSeeds: true, retry: fastRetry });

    expect(result.counts).toMatchObject({ total: 12, done: 12, failed: 0, pending: 0, retries: 8 });
    expect([...fake.devices.values()].map((d) => d.userName).sort()).toEqual(names);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const file of readdirSync(dir)) expect(statSync(join(dir, file)).mode & 0o777).toBe(0o600);
    const record = result.report.users.user003!;
    expect(readFileSync(join(dir, record.seedFile!), "utf8").trim()).toBe(fake.devices.get(record.serialNumber!)!.seed);
    const onDisk = JSON.parse(readFileSync(join(dir, PROVISION_REPORT_FILE), "utf8"));
    expect(onDisk.users.user003.status).toBe("done");
    expect(JSON.stringify(onDisk)).not.toContain(fake.devices.get(record.serialNumber!)!.seed);
  });

  it("skips missing users and users who already have a device", async () => {
    const fake = createFakeIam({ users: ["alice", "bob"] });
    await provisionVirtualMfaDevices({ iam: fake.port, userNames: ["alice"], store: await createProvisionStore(outDir()), enableWithSeeds: true });
    const result = await provisionVirtualMfaDevices({ iam: fake.port, userNames: ["alice", "bob", "ghost"], store: await createProvisionStore(outDir()) });
    expect(result.report.users.alice).toMatchObject({ status: "skipped", reason: expect.stringMatching(/already has an MFA device/) });
    expect(result.report.users.ghost).toMatchObject({ status: "skipped", reason: "no such IAM user" });
    expect(result.report.users.bob?.status).toBe("done");
  });

  it("resumes an aborted run without creating a device twice", async () => {
    const names = users(20);
    const fake = createFakeIam({ users: names });
    const dir = outDir();
    const controller = new AbortController();
    let seen = 0;
    const first = await provisionVirtualMfaDevices({
      iam: fake.port, userNames: names, store: await createProvisionStore(dir), concurrency: 3,
      signal: controller.signal, onProgress: () => { if (++seen === 7) controller.abort(); },
    });
    expect(first.interrupted).toBe(true);
    expect(first.counts.done).toBeLessThan(20);
    const creates = fake.calls.filter((c) => c === "CreateVirtualMFADeviceCommand").length;

    const second = await provisionVirtualMfaDevices({ iam: fake.port, userNames: names, store: await createProvisionStore(dir), concurrency: 3 });
    expect(second.counts).toMatchObject({ done: 20, pending: 0 });
    expect(fake.calls.filter((c) => c === "CreateVirtualMFADeviceCommand").length).toBe(creates + (20 - first.counts.done));
    expect(fake.devices.size).toBe(20);
    expect(second.report.runs).toBe(2);
  });

  it("replaces a device whose seed was lost when a run died between create and save", async () => {
    const fake = createFakeIam({ users: ["alice"] });
    const dir = outDir();
    const real = await createProvisionStore(dir);
    const dying: ProvisionStore = { ...real, writeSecret: async () => { throw new Error("killed"); } };
    const first = await provisionVirtualMfaDevices({ iam: fake.port, userNames: ["alice"], store: dying });
    expect(first.report.users.alice).toMatchObject({ status: "failed", createSent: true });
    expect(fake.devices.size).toBe(1);

    const second = await provisionVirtualMfaDevices({ iam: fake.port, userNames: ["alice"], store: real, enableWithSeeds: true });
    const record = second.report.users.alice!;
    expect(record.status).toBe("done");
    expect(fake.devices.size).toBe(1);
    expect(readFileSync(join(dir, record.seedFile!), "utf8").trim()).toBe(fake.devices.get(record.serialNumber!)!.seed);
  });

  it("leaves alone a same-named device it did not create", async () => {
    const fake = createFakeIam({ users: ["alice"] });
    const theirs = await createVirtualMfaDevice({ iam: fake.port, name: "alice" });
    const result = await provisionVirtualMfaDevices({ iam: fake.port, userNames: ["alice"], store: await createProvisionStore(outDir()) });
    expect(result.report.users.alice).toMatchObject({ status: "skipped", reason: expect.stringMatching(/not created by this provisioning/) });
    expect(fake.devices.get(theirs.serialNumber)!.seed).toBe(theirs.base32StringSeed);
  });
});

describe("provisionVirtualMfaDevices reruns", () => {
  it("enables devices created by an earlier run without --enable-with-seeds", async () => {
    const fake = createFakeIam({ users: ["alice", "bob"] });
    const dir = outDir();
    const first = await provisionVirtualMfaDevices({ iam: fake.port, userNames: ["alice", "bob"], store: await createProvisionStore(dir) });
    expect(first.counts.done).toBe(2);
    expect([...fake.devices.values()].every((d) => d.userName === undefined)).toBe(true);
    const second = await provisionVirtualMfaDevices({ iam: fake.port, userNames: ["alice", "bob"], store: await createProvisionStore(dir), enableWithSeeds: true });
    expect(second.report.users.alice).toMatchObject({ status: "done", enabled: true });
    expect([...fake.devices.values()].map((d) => d.userName).sort()).toEqual(["alice", "bob"]);
    expect(fake.calls.filter((c) => c === "CreateVirtualMFADeviceCommand")).toHaveLength(2);
  });
});
