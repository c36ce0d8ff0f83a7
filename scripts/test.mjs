#!/usr/bin/env node
// `pnpm test`: runs every package's tests through turbo, then prints one summary line over all of
// them (from each package's vitest JSON report), so the output ends with "N passed, N failed".
// Breaks the "root scripts only call turbo" rule on purpose: turbo's own last line counts tasks, not tests.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const reportPaths = ["packages", "apps"].flatMap((group) =>
  existsSync(join(root, group))
    ? readdirSync(join(root, group)).map((name) => join(root, group, name, ".vitest-report.json"))
    : [],
);
for (const path of reportPaths) rmSync(path, { force: true });

const turbo = spawnSync(
  "pnpm",
  ["exec", "turbo", "run", "test", "--concurrency=1", "--continue", ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit", env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" } },
);

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const path of reportPaths) {
  const manifest = join(path, "..", "package.json");
  if (!existsSync(manifest) || !JSON.parse(readFileSync(manifest, "utf8")).scripts?.test) continue;
  if (!existsSync(path)) {
    missing.push(path);
    continue;
  }
  const report = JSON.parse(readFileSync(path, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
const status = turbo.status ?? 1;
if (status !== 0 && failed === 0) failed = 1; // a package that failed before reporting still fails the run
console.log("");
for (const path of missing) console.log(`(no test report from ${path.slice(root.length)})`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = status === 0 && failed === 0 ? 0 : 1;
