// One user's provisioning as a resumable state machine over its report record:
// (new) -> creating -> created -> done, or skipped / failed. Each transition is saved before the
// next AWS call, so a run killed at any point is resumed by a rerun without duplicate devices.
import { EntityExistsError, NoSuchEntityError } from "../../errors/errors.js";
import type { Clock, IamPort } from "../../ports/ports.js";
import { createVirtualMfaDevice } from "../createVirtualMfaDevice.js";
import { deleteVirtualMfaDevice } from "../deleteVirtualMfaDevice.js";
import { enableMfaDevice } from "../enableMfaDevice.js";
import { getConsecutiveCodes } from "../getConsecutiveCodes.js";
import { listMfaDevices } from "../listMfaDevices.js";
import { listVirtualMfaDevices } from "../listVirtualMfaDevices.js";
import type { CreatedVirtualMfaDevice } from "../MfaDevice.js";
import type { ProvisionUserRecord } from "./ProvisionReport.js";
import type { ProvisionStore } from "./provisionStore.js";

export interface ProvisionUserContext {
  iam: IamPort;
  endpoint?: string;
  path: string;
  enableWithSeeds: boolean;
  store: ProvisionStore;
  clock: Clock;
  /** Runs one AWS call with throttling retries, counting them on the record. */
  call<T>(record: ProvisionUserRecord, fn: () => Promise<T>): Promise<T>;
  /** Applies `changes` to the record and saves the whole report atomically. */
  save(record: ProvisionUserRecord, changes: Partial<ProvisionUserRecord>): Promise<void>;
}

export async function provisionUser(context: ProvisionUserContext, record: ProvisionUserRecord): Promise<void> {
  if (record.status === "skipped") return;
  // Done already, unless this run enables and an earlier one (without --enable-with-seeds) did not.
  if (record.status === "done" && !(context.enableWithSeeds && !record.enabled && record.serialNumber)) return;
  const startedCreated = record.status === "created" || record.status === "done" || (record.status === "failed" && record.serialNumber !== undefined);
  if (!startedCreated) {
    const createdEarlier = record.createSent === true;
    if (!createdEarlier && !(await checkFreshUser(context, record))) return;
    await context.save(record, { status: "creating", createSent: true, reason: undefined });
    const created = await createDevice(context, record, createdEarlier);
    if (!created) return;
    const seedFile = `${record.userName}.seed`;
    const qrFile = `${record.userName}.png`;
    await context.store.writeSecret(seedFile, `${created.base32StringSeed}\n`);
    if (created.qrCodePng.length > 0) await context.store.writeSecret(qrFile, created.qrCodePng);
    await context.save(record, { status: "created", serialNumber: created.serialNumber, seedFile, ...(created.qrCodePng.length > 0 ? { qrFile } : {}) });
  }
  if (context.enableWithSeeds && !record.enabled) await enable(context, record);
  await context.save(record, { status: "done", reason: undefined });
}

/** A missing user, or one who already has an MFA device, is skipped rather than given another. */
async function checkFreshUser(context: ProvisionUserContext, record: ProvisionUserRecord): Promise<boolean> {
  try {
    const existing = await context.call(record, () => listMfaDevices({ iam: context.iam, endpoint: context.endpoint, userName: record.userName }));
    if (existing.length === 0) return true;
    await context.save(record, { status: "skipped", reason: `already has an MFA device (${existing[0]!.serialNumber})` });
  } catch (error) {
    if (!(error instanceof NoSuchEntityError)) throw error;
    await context.save(record, { status: "skipped", reason: "no such IAM user" });
  }
  return false;
}

async function createDevice(context: ProvisionUserContext, record: ProvisionUserRecord, createdEarlier: boolean): Promise<CreatedVirtualMfaDevice | undefined> {
  const { iam, endpoint, path } = context;
  const create = () => context.call(record, () => createVirtualMfaDevice({ iam, endpoint, name: record.userName, path }));
  try {
    return await create();
  } catch (error) {
    if (!(error instanceof EntityExistsError)) throw error;
    const device = await findDevice(context, record);
    if (!createdEarlier || !device || device.userName) {
      await context.save(record, {
        status: "skipped",
        createSent: false,
        reason: `a device named ${record.userName} already exists${device?.userName ? ` (enabled for ${device.userName})` : ""} and was not created by this provisioning; delete it or provision this user by hand`,
      });
      return undefined;
    }
    // An earlier run stopped between CreateVirtualMFADevice and saving the seed: that device's seed is
    // lost and the device is unassigned (usable by no one), so it is replaced.
    await context.call(record, () => deleteVirtualMfaDevice({ iam, endpoint, serialNumber: device.serialNumber }));
    return create();
  }
}

async function findDevice(context: ProvisionUserContext, record: ProvisionUserRecord) {
  const suffix = `:mfa${context.path}${record.userName}`;
  const devices = await context.call(record, () => listVirtualMfaDevices({ iam: context.iam, endpoint: context.endpoint, assignmentStatus: "Any" }));
  return devices.find((d) => d.serialNumber.endsWith(suffix));
}

async function enable(context: ProvisionUserContext, record: ProvisionUserRecord): Promise<void> {
  const { iam, endpoint } = context;
  const serialNumber = record.serialNumber!;
  const seed = (await context.store.readSecret(record.seedFile ?? `${record.userName}.seed`)).trim();
  try {
    await context.call(record, () => enableMfaDevice({ iam, endpoint, userName: record.userName, serialNumber, ...getConsecutiveCodes(seed, context.clock) }));
  } catch (error) {
    if (!(error instanceof EntityExistsError)) throw error;
    // Enabled by an earlier run that stopped before saving: fine if it is this user's.
    const devices = await context.call(record, () => listMfaDevices({ iam, endpoint, userName: record.userName }));
    if (!devices.some((d) => d.serialNumber === serialNumber)) throw error;
  }
  await context.save(record, { enabled: true });
}
