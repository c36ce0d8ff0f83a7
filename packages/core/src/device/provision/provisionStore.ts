// The provisioning output folder: 0700, the report and every QR/seed file 0600 and written
// atomically. The only module of provisioning that touches the file system.
import { promises as fs } from "node:fs";
import { join } from "node:path";
import { MfaSessionError } from "../../errors/MfaSessionError.js";
import { UserCancelledError } from "../../errors/errors.js";
import { ensurePrivateDir, readPrivateFileSync, removeFile, writePrivateFileAtomic } from "../../cache/secureFiles.js";
import { parseProvisionReport, type ProvisionReport } from "./ProvisionReport.js";

export const PROVISION_REPORT_FILE = "provision-report.json";

export interface ProvisionStore {
  reportPath: string;
  loadReport(): Promise<ProvisionReport | undefined>;
  saveReport(report: ProvisionReport): Promise<void>;
  writeSecret(fileName: string, data: string | Uint8Array): Promise<void>;
  readSecret(fileName: string): Promise<string>;
  /**
   * Refuses every later write (UserCancelledError) and settles once the writes in flight have ended
   * (renamed into place, or their temp file removed): a process that quits right after leaves no temp file.
   */
  close(): Promise<void>;
}

export async function createProvisionStore(outDir: string): Promise<ProvisionStore> {
  await ensurePrivateDir(outDir);
  // A run killed mid-write (kill -9) leaves `.<file>.<hex>.tmp` behind; the next run starts from whole files.
  for (const name of await fs.readdir(outDir)) if (/^\..+\.[a-f0-9]{12}\.tmp$/.test(name)) await removeFile(join(outDir, name));
  const reportPath = join(outDir, PROVISION_REPORT_FILE);
  let closed = false;
  const inFlight = new Set<Promise<void>>();
  const write = (path: string, data: string | Uint8Array): Promise<void> => {
    if (closed) return Promise.reject(new UserCancelledError(`Stopped before writing ${path}; run the same command again to finish.`));
    const pending = writePrivateFileAtomic(path, data);
    inFlight.add(pending);
    const forget = () => { inFlight.delete(pending); };
    pending.then(forget, forget);
    return pending;
  };
  return {
    reportPath,
    async loadReport() {
      const read = readPrivateFileSync(reportPath);
      if (read.status === "missing") return undefined;
      if (read.status === "unsafe") throw new MfaSessionError(`${reportPath} cannot be trusted (${read.reason}): fix or remove it, then run again.`, "CONFIG_INVALID");
      return parseProvisionReport(read.text, reportPath);
    },
    saveReport: (report) => write(reportPath, `${JSON.stringify(report, null, 2)}\n`),
    writeSecret: (fileName, data) => write(join(outDir, fileName), data),
    async readSecret(fileName) {
      const path = join(outDir, fileName);
      const read = readPrivateFileSync(path);
      if (read.status !== "ok") throw new MfaSessionError(`${path} is ${read.status === "missing" ? "missing" : `unsafe (${read.reason})`}: the device's seed cannot be read back.`, "CONFIG_INVALID");
      return read.text;
    },
    async close() {
      closed = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}
