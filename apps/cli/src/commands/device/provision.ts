// `mfa-session device provision`: one virtual MFA device per listed user, QR PNG + seed per user
// in a 0700 folder, a progress bar, a summary table and a JSON report. Resumable: the report is
// the state, saved after every step, so a rerun skips what is done; Ctrl-C stops taking new users.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  createProvisionStore, parseUsersFile, provisionVirtualMfaDevices, UsageError,
  type ProvisionCounts, type ProvisionReport,
} from "@mfa-session/core";
import { EXIT_CANCELLED, EXIT_FAILURE, EXIT_OK, type CliIo, type Command } from "../../io.js";
import { parseCommandArgs } from "../../parseCommandArgs.js";
import { connectDeviceAws } from "./connectDeviceAws.js";
import { deviceSubcommandHelp } from "./deviceHelp.js";

function parseCount(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`${name} must be a whole number from 1 to ${max} (got "${value}").`);
  return n;
}

export function formatProgressBar(counts: ProvisionCounts, width = 30): string {
  const handled = counts.total - counts.pending;
  const filled = Math.round((handled / Math.max(1, counts.total)) * width);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${handled}/${counts.total} (done ${counts.done}, skipped ${counts.skipped}, failed ${counts.failed}, retries ${counts.retries})`;
}

export function formatSummaryTable(report: ProvisionReport, userNames: readonly string[]): string {
  const rows = [["USER", "STATUS", "SERIAL", "FILES / REASON"]];
  for (const name of userNames) {
    const r = report.users[name];
    rows.push([name, r?.status ?? "pending", r?.serialNumber ?? "-", r?.reason ?? [r?.qrFile, r?.seedFile].filter(Boolean).join(" ")]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  return rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c]!)).join("  ").trimEnd()).join("\n") + "\n";
}

export const deviceProvisionCommand: Command = {
  summary: "create (and optionally enable) a device for every listed user",
  help: deviceSubcommandHelp.provision,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs("device provision", argv, {
      "users-file": { type: "string" }, "out-dir": { type: "string" }, "enable-with-seeds": { type: "boolean" },
      path: { type: "string" }, concurrency: { type: "string" }, json: { type: "boolean" }, profile: { type: "string" },
    });
    if (!values["users-file"] || !values["out-dir"]) throw new UsageError("device provision: --users-file FILE and --out-dir DIR are required. Run `mfa-session device provision --help` for usage.");
    const usersFile = resolve(io.cwd, values["users-file"]);
    const outDir = resolve(io.cwd, values["out-dir"]);
    let usersText: string;
    try {
      usersText = await readFile(usersFile, "utf8");
    } catch (error) {
      throw new UsageError(`Cannot read --users-file ${usersFile}: write one IAM user name per line.`, { cause: error });
    }
    const userNames = parseUsersFile(usersText, usersFile);
    const concurrency = parseCount(values.concurrency, "--concurrency", 4, 16);
    // Hidden knobs so tests keep throttling retries fast; production uses the defaults.
    const baseDelayMs = parseCount(io.env.MFA_SESSION_RETRY_BASE_MS, "MFA_SESSION_RETRY_BASE_MS", 200, 60_000);
    const maxDelayMs = parseCount(io.env.MFA_SESSION_RETRY_MAX_MS, "MFA_SESSION_RETRY_MAX_MS", 20_000, 600_000);

    const store = await createProvisionStore(outDir);
    // One retry layer (ours, counted in the report) rather than the SDK's plus ours.
    const aws = await connectDeviceAws(io, { profile: values.profile, maxAttempts: 1 });
    const controller = new AbortController();
    let quitting = false;
    const quitNow = () => {
      process.off("SIGINT", onSigint);
      process.kill(process.pid, "SIGINT");
    };
    const onSigint = () => {
      if (controller.signal.aborted) {
        // Second Ctrl-C: quit once the file writes in flight are whole (no temp file left behind), starting
        // no new one; a third quits at once (a rerun removes any temp file that leaves).
        if (quitting) return quitNow();
        quitting = true;
        void store.close().finally(quitNow);
        return;
      }
      io.stderr.write("\nmfa-session: stopping after the users in progress (Ctrl-C again to quit now; a rerun resumes either way).\n");
      controller.abort();
    };
    process.on("SIGINT", onSigint);
    const isTty = (io.stderr as { isTTY?: boolean }).isTTY === true;
    let lastDecile = -1;
    try {
      const result = await provisionVirtualMfaDevices({
        iam: aws.iam, endpoint: aws.endpoint, userNames, store, concurrency,
        enableWithSeeds: values["enable-with-seeds"] === true,
        path: values.path ?? "/",
        // Throttling means "slow down", not "give up": a bulk run waits out long bursts.
        retry: { baseDelayMs, maxDelayMs, maxAttempts: 30 },
        signal: controller.signal,
        onProgress: ({ counts }) => {
          const decile = Math.floor(((counts.total - counts.pending) / counts.total) * 10);
          if (isTty) io.stderr.write(`\r${formatProgressBar(counts)}`);
          else if (decile !== lastDecile) io.stderr.write(`${formatProgressBar(counts)}\n`);
          lastDecile = decile;
        },
      });
      if (isTty) io.stderr.write("\n");
      if (values.json) io.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
      else io.stdout.write(formatSummaryTable(result.report, userNames));
      const c = result.counts;
      io.stderr.write(`${c.done} done, ${c.skipped} skipped, ${c.failed} failed, ${c.pending} not started; ${c.retries} throttled calls retried. Report: ${store.reportPath}\n`);
      if (result.interrupted) {
        io.stderr.write("mfa-session: interrupted; run the same command again to finish.\n");
        return EXIT_CANCELLED;
      }
      return c.failed > 0 ? EXIT_FAILURE : EXIT_OK;
    } finally {
      process.off("SIGINT", onSigint);
    }
  },
};
