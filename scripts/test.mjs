#!/usr/bin/env node
// `pnpm test`: every package's tests through turbo on this Node, then the core and CLI suites again on
// each other Node the project supports (22 and 24, from the npm registry: scripts/install-node.sh), then
// one summary line over all of them, from each run's vitest JSON report, so the output ends with
// "N passed, N failed". The lanes run the CLI as this Node built it: the case of a user whose CLI was
// built or installed under another Node.
//   MFA_SESSION_TEST_NODES="22 24"   the other Nodes' lanes ("" for none); default: both, unless
//                                    arguments for turbo (e.g. --filter=...) narrow the run
// Breaks the "root scripts only call turbo" rule on purpose: turbo's own last line counts tasks, not tests.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { delimiter, join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const turboArgs = process.argv.slice(2);
const LANE_PACKAGES = ["packages/core", "apps/cli"];
const laneMajors = (process.env.MFA_SESSION_TEST_NODES ?? (turboArgs.length > 0 ? "" : "22 24"))
  .split(/[\s,]+/)
  .filter((major) => major !== "" && major !== process.versions.node.split(".")[0]);

const packageDirs = ["packages", "apps"].flatMap((group) =>
  existsSync(join(root, group)) ? readdirSync(join(root, group)).map((name) => join(root, group, name)) : [],
);
const testedDirs = packageDirs.filter((dir) => {
  const manifest = join(dir, "package.json");
  return existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).scripts?.test;
});
for (const dir of packageDirs) {
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (/^\.vitest-report.*\.json$/.test(name)) rmSync(join(dir, name), { force: true });
  }
}

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };
const turbo = spawnSync("pnpm", ["exec", "turbo", "run", "test", "--concurrency=1", "--continue", ...turboArgs], { cwd: root, stdio: "inherit", env });
const runs = [{ label: `Node ${process.version}`, reports: testedDirs.map((dir) => join(dir, ".vitest-report.json")), status: turbo.status ?? 1 }];

for (const major of laneMajors) runs.push(runLane(major));

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
for (const run of runs) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  const missing = [];
  for (const path of run.reports) {
    if (!existsSync(path)) {
      missing.push(path.slice(root.length));
      continue;
    }
    const report = JSON.parse(readFileSync(path, "utf8"));
    total.passed += report.numPassedTests ?? 0;
    total.failed += report.numFailedTests ?? 0;
    total.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
  if ((run.status !== 0 || missing.length > 0) && total.failed === 0) total.failed = 1; // failed before reporting
  for (const path of missing) lines.push(`(no test report from ${path})`);
  lines.push(`${run.label}: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped${run.note ? ` (${run.note})` : ""}`);
  passed += total.passed;
  failed += total.failed;
  skipped += total.skipped;
}
console.log("");
for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed === 0 ? 0 : 1;

/** Core's and the CLI's suites under Node `major` (installed on first use), with its own reports. */
function runLane(major) {
  const report = `.vitest-report.node${major}.json`;
  const reports = LANE_PACKAGES.map((dir) => join(root, dir, report));
  const install = spawnSync("bash", [join(root, "scripts", "install-node.sh"), major], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const bin = install.stdout.trim();
  if (install.status !== 0 || !bin) return { label: `Node ${major}`, reports, status: 1, note: "could not install it: see above" };
  // This Node first on PATH: vitest, and every `node` the tests start, run on it.
  const laneEnv = { ...env, PATH: `${bin}${delimiter}${env.PATH ?? ""}`, MFA_SESSION_VITEST_REPORT: report };
  const version = spawnSync("node", ["--version"], { env: laneEnv, encoding: "utf8" }).stdout.trim();
  console.log(`\n=== The core and CLI suites on Node ${version} (${bin}) ===`);
  let status = version.startsWith(`v${major}.`) ? 0 : 1;
  for (const dir of LANE_PACKAGES) {
    const run = spawnSync("pnpm", ["exec", "vitest", "run"], { cwd: join(root, dir), stdio: "inherit", env: laneEnv });
    if (run.status !== 0) status = 1;
  }
  return { label: `Node ${version || major}`, reports, status };
}
