// The bulk provisioning state, which is also its JSON report: one record per user, rewritten
// atomically after every step so an interrupted run resumes where it stopped. Holds no secret:
// seeds live only in their own 0600 files.
import { MfaSessionError } from "../../errors/MfaSessionError.js";


export type ProvisionStatus =
  | "pending"
  /** CreateVirtualMFADevice was (maybe) sent; its seed may be lost, so a rerun may replace the device. */
  | "creating"
  /** Device created, QR and seed files written; not enabled yet. */
  | "created"
  | "done"
  | "skipped"
  | "failed";

export interface ProvisionUserRecord {
  userName: string;
  status: ProvisionStatus;
  /** Set once CreateVirtualMFADevice may have been sent: a device by this name is then ours. */
  createSent?: boolean;
  serialNumber?: string;
  enabled?: boolean;
  /** File names inside the output folder. */
  qrFile?: string;
  seedFile?: string;
  /** Calls retried after throttling, over all runs. */
  retries: number;
  /** Why a user was skipped or failed (never a secret). */
  reason?: string;
  updatedAt: string;
}

export interface ProvisionReport {
  format: "mfa-session-provision";
  version: 1;
  enableWithSeeds: boolean;
  path: string;
  startedAt: string;
  updatedAt: string;
  runs: number;
  users: Record<string, ProvisionUserRecord>;
}

export function createProvisionReport(options: { enableWithSeeds: boolean; path: string; now: Date }): ProvisionReport {
  const at = options.now.toISOString();
  return { format: "mfa-session-provision", version: 1, enableWithSeeds: options.enableWithSeeds, path: options.path, startedAt: at, updatedAt: at, runs: 0, users: {} };
}

export function parseProvisionReport(text: string, file: string): ProvisionReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new MfaSessionError(`${file} is not a provisioning report (invalid JSON): move it away or pass another --out-dir.`, "CONFIG_INVALID", { cause: error });
  }
  const report = value as Partial<ProvisionReport>;
  if (report.format !== "mfa-session-provision" || report.version !== 1 || typeof report.users !== "object" || report.users === null) {
    throw new MfaSessionError(`${file} is not a provisioning report of this version: move it away or pass another --out-dir.`, "CONFIG_INVALID");
  }
  return report as ProvisionReport;
}

export interface ProvisionCounts {
  total: number;
  done: number;
  created: number;
  skipped: number;
  failed: number;
  pending: number;
  retries: number;
}

export function countProvisionReport(report: ProvisionReport, userNames: readonly string[]): ProvisionCounts {
  const counts: ProvisionCounts = { total: userNames.length, done: 0, created: 0, skipped: 0, failed: 0, pending: 0, retries: 0 };
  for (const name of userNames) {
    const record = report.users[name];
    counts.retries += record?.retries ?? 0;
    switch (record?.status) {
      case "done": counts.done++; break;
      case "created": counts.created++; break;
      case "skipped": counts.skipped++; break;
      case "failed": counts.failed++; break;
      default: counts.pending++;
    }
  }
  return counts;
}
