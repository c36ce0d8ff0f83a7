// Bulk provisioning for administrators: one virtual MFA device per listed user, a QR PNG and a seed
// file per user, and a report saved after every step. Bounded concurrency, throttling retried with
// backoff and jitter, and an abort signal that stops taking new users (in-flight ones finish).
import { systemClock, type Clock, type IamPort } from "../../ports/ports.js";
import { countProvisionReport, createProvisionReport, type ProvisionCounts, type ProvisionReport, type ProvisionUserRecord } from "./ProvisionReport.js";
import { provisionUser, type ProvisionUserContext } from "./provisionUser.js";
import { retryThrottled, type RetryOptions } from "./retryThrottled.js";
import { runWithConcurrency } from "./runWithConcurrency.js";
import type { ProvisionStore } from "./provisionStore.js";

export interface ProvisionProgress {
  userName: string;
  record: ProvisionUserRecord;
  counts: ProvisionCounts;
}

export interface ProvisionVirtualMfaDevicesOptions {
  iam: IamPort;
  endpoint?: string;
  userNames: readonly string[];
  store: ProvisionStore;
  enableWithSeeds?: boolean;
  path?: string;
  concurrency?: number;
  retry?: Omit<RetryOptions, "onRetry">;
  signal?: AbortSignal;
  clock?: Clock;
  onProgress?(progress: ProvisionProgress): void;
}

export interface ProvisionResult {
  report: ProvisionReport;
  counts: ProvisionCounts;
  /** True when the signal stopped the run before every user was handled. */
  interrupted: boolean;
}

export async function provisionVirtualMfaDevices(options: ProvisionVirtualMfaDevicesOptions): Promise<ProvisionResult> {
  const clock = options.clock ?? systemClock;
  const path = options.path ?? "/";
  const enableWithSeeds = options.enableWithSeeds ?? false;
  const report = (await options.store.loadReport()) ?? createProvisionReport({ enableWithSeeds, path, now: new Date(clock.now()) });
  report.runs += 1;
  report.enableWithSeeds = enableWithSeeds;
  report.path = path;

  // Saves are chained so concurrent workers never interleave two writes of the report.
  let saving: Promise<void> = Promise.resolve();
  const persist = (): Promise<void> => {
    report.updatedAt = new Date(clock.now()).toISOString();
    const snapshot = structuredClone(report);
    saving = saving.then(() => options.store.saveReport(snapshot));
    return saving;
  };
  await persist();

  const context: ProvisionUserContext = {
    iam: options.iam,
    endpoint: options.endpoint,
    path,
    enableWithSeeds,
    store: options.store,
    clock,
    call: (record, fn) => retryThrottled(fn, { ...options.retry, onRetry: () => { record.retries += 1; } }),
    async save(record, changes) {
      Object.assign(record, changes, { updatedAt: new Date(clock.now()).toISOString() });
      for (const [key, value] of Object.entries(changes)) if (value === undefined) delete (record as unknown as Record<string, unknown>)[key];
      await persist();
    },
  };

  const userNames = [...options.userNames];
  await runWithConcurrency(userNames, options.concurrency ?? 4, async (userName) => {
    const record = (report.users[userName] ??= { userName, status: "pending", retries: 0, updatedAt: new Date(clock.now()).toISOString() });
    try {
      await provisionUser(context, record);
    } catch (error) {
      // One user's failure is recorded and the run goes on; a rerun retries failed users.
      await context.save(record, { status: "failed", reason: error instanceof Error ? error.message : String(error) });
    }
    options.onProgress?.({ userName, record, counts: countProvisionReport(report, userNames) });
  }, options.signal);

  await persist();
  const counts = countProvisionReport(report, userNames);
  return { report, counts, interrupted: counts.pending > 0 && options.signal?.aborted === true };
}
