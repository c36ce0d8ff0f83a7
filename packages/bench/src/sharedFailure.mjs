// A failing prompt with many callers: N `credential-process` calls start at once for a profile whose
// mfa_process prints a wrong code. Counts the mfa_process runs and GetSessionToken calls, and times
// from the holder's failure (the time in the record it leaves, cache/<lock>.failed-attempt) to the last
// caller's exit. Goal for 64 callers: one run, one STS call, under 1 s.
// Two cases: the wrong code printed at once, when on 2 cores the last callers' Node has not even
// started yet as the holder fails (their start-up is in the figure), and printed after `delayMs` (as a
// hardware key's touch, or a person, takes): every caller is then waiting when the holder fails.
// Run alone: `node packages/bench/src/sharedFailure.mjs [callers...]` (default 16 64).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { cliPath, createFixture } from "./fixture.mjs";
import { round, stats, timeCommand } from "./measure.mjs";

export async function measureSharedFailure(fixture, callers, { delayMs = 0 } = {}) {
  const stsCalls = countGetSessionToken(fixture.sandbox);
  const figures = [];
  for (const count of callers) {
    const runsBefore = mfaProcessRuns(fixture);
    const stsBefore = stsCalls.count;
    const argv = ["node", cliPath, "credential-process", "--profile", "mfa-wrong"];
    const started = Date.now();
    const env = { ...fixture.env, MFA_BENCH_WRONG_CODE_DELAY_MS: String(delayMs) };
    const exits = await Promise.all(Array.from({ length: count }, () => timeCommand(argv, { env, expectedCode: 1 }).then((r) => ({ at: Date.now(), stderr: r.stderr }))));
    const failedAt = readFailedAt(fixture.cacheDir);
    const lastExit = Math.max(...exits.map((e) => e.at));
    const afterFailure = failedAt === undefined ? undefined : stats(exits.map((e) => e.at - failedAt));
    figures.push({
      callers: count,
      delayMs,
      mfaProcessRuns: mfaProcessRuns(fixture) - runsBefore,
      stsGetSessionTokenCalls: stsCalls.count - stsBefore,
      distinctMessages: new Set(exits.map((e) => e.stderr)).size,
      failureToLastExitMs: failedAt === undefined ? undefined : lastExit - failedAt,
      /** Each caller's exit after the holder's failure (the holder's own included). */
      failureToExitMs: afterFailure,
      loadAverage: round(loadavg()[0], 1),
      wallMs: lastExit - started,
    });
  }
  stsCalls.restore();
  return figures;
}

/** How long the slow wrong code takes: long enough for 64 Node starts on 2 cores under load. */
export const TOUCH_MS = 3_000;

/** Rows for bench.mjs's table. */
export function sharedFailureRows(figures) {
  return figures.map((f) => ({
    name: `${f.callers} callers, wrong code${f.delayMs > 0 ? ` after ${f.delayMs / 1000} s` : ""}: mfa_process runs / STS calls`,
    value: `${f.mfaProcessRuns} / ${f.stsGetSessionTokenCalls}`,
    target: "1 / 1",
    detail: `holder's failure to last exit ${f.failureToLastExitMs === undefined ? "?" : round(f.failureToLastExitMs, 0)} ms (target < 1000, `
      + `p50 ${f.failureToExitMs === undefined ? "?" : round(f.failureToExitMs.median, 0)} ms); wall ${round(f.wallMs, 0)} ms; `
      + `${f.distinctMessages} distinct message(s); load ${f.loadAverage}`,
  }));
}

function mfaProcessRuns(fixture) {
  return existsSync(fixture.wrongCounter) ? readFileSync(fixture.wrongCounter, "utf8").length : 0;
}

/** The failure time the last holder recorded; undefined when none was left (code before issue 14, item 5). */
function readFailedAt(cacheDir) {
  const names = existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => name.endsWith(".failed-attempt")) : [];
  const times = names.map((name) => JSON.parse(readFileSync(join(cacheDir, name), "utf8")).failedAt);
  return times.length === 0 ? undefined : Math.max(...times);
}

/** Counts GetSessionToken requests as the in-process sandbox receives them. */
function countGetSessionToken(sandbox) {
  const faults = sandbox.faults;
  const decide = faults.decide;
  const counter = { count: 0, restore: () => void (faults.decide = decide) };
  faults.decide = (action, protocol) => {
    if (action === "GetSessionToken") counter.count += 1;
    return decide.call(faults, action, protocol);
  };
  return counter;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const callers = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const fixture = await createFixture();
  try {
    const figures = [
      ...(await measureSharedFailure(fixture, callers.length > 0 ? callers : [16, 64])),
      ...(await measureSharedFailure(fixture, callers.length > 0 ? callers : [64], { delayMs: TOUCH_MS })),
    ];
    for (const row of sharedFailureRows(figures)) console.log(`${row.name.padEnd(52)} ${String(row.value).padEnd(10)} ${row.target.padEnd(8)} ${row.detail}`);
  } finally {
    await fixture.dispose();
  }
}
