// Wall-time measurement of whole commands, run interleaved so both sides of a ratio see the same
// machine load; statistics over the runs.
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

/** Runs a command to completion; resolves with its wall time in ms, stdout and stderr. */
export function timeCommand(argv, { env, input, expectedCode = 0 } = {}) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // detached: a new session without a controlling terminal, as under an SDK or in CI.
    const child = spawn(argv[0], argv.slice(1), { env, stdio: ["pipe", "pipe", "pipe"], detached: true });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - start;
      if (code !== expectedCode) reject(new Error(`${argv.slice(0, 3).join(" ")} exited ${code}: ${stderr.slice(0, 500)}`));
      else resolve({ ms, stdout, stderr });
    });
    if (input) child.stdin.end(input);
    else child.stdin.end();
  });
}

export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { n: sorted.length, median: at(0.5), p99: at(0.99), min: sorted[0], max: sorted.at(-1) };
}

/** Runs each named command `runs` times, interleaved (a, b, a, b, ...), after `warmup` unmeasured rounds. */
export async function compareCommands(commands, { runs = 30, warmup = 3, env } = {}) {
  const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let round = 0; round < runs + warmup; round++) {
    for (const [name, argv] of Object.entries(commands)) {
      const { ms } = await timeCommand(argv, { env });
      if (round >= warmup) samples[name].push(ms);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, stats(v)]));
}

export const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
