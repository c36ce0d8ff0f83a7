// Fuzz: the CLI's error boundary in process with thousands of random argument lists, mostly for
// credential-process. Every outcome is exit 0 (help, version), or exit 1/2 with one "mfa-session: ..."
// message, never an internal error, nothing on stdout after a failure, and no file changed in HOME.
// Replay a failure with FUZZ_SEED=<seed>.
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "./main.js";
import type { CliIo } from "./io.js";

function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Object.assign(next, { int: (max: number) => Math.floor(next() * max), pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! });
}

/** Path, mode and content digest of everything under `dir`, one line each. */
function hashTree(dir: string): string[] {
  const lines: string[] = [];
  const walk = (path: string) => {
    const stats = lstatSync(path);
    const digest = stats.isFile() ? createHash("sha256").update(readFileSync(path)).digest("hex") : "";
    lines.push(`${path} ${stats.mode.toString(8)} ${digest}`);
    // A refused attempt leaves its failure for the callers waiting on it (core's sharedFailure): lock bookkeeping, not the user's files.
    if (stats.isDirectory()) for (const name of readdirSync(path).sort()) if (!name.endsWith(".failed-attempt")) walk(join(path, name));
  };
  walk(dir);
  return lines;
}

const FLAGS = ["--profile", "--token-code", "--no-prompt", "-h", "--help", "--", "-", "--profile=", "--token-code=", "--no-prompt=yes", "--unknown", "-p", "-x", "--PROFILE"];
const VALUES = ["dev", "missing", "", " ", "123456", "12345", "1234567", "abcdef", "default", "../../etc/passwd", "$(touch pwned)", "`id`", "dev\nx", "\u0000", "💥", "-1", "--profile", "x".repeat(300), "[profile dev]", "ïnvalid"];
const COMMANDS = ["credential-process", "credential-process", "credential-process", "credential-process", "--help", "-h", "--version", "help", "nope", "", "credential_process", "CREDENTIAL-PROCESS", "status", "export"];

describe(main.name, () => {
  it("answers 3000 random argument lists with exit 0, or 1/2 and a typed message, changing no file", async () => {
    const given = Number(process.env.FUZZ_SEED);
    const seed = Number.isInteger(given) && given > 0 ? given : 1 + Math.floor(Math.random() * 2 ** 31);
    console.log(`CLI argv fuzz seed: ${seed} (FUZZ_SEED=${seed} replays it)`);
    const random = createRandom(seed);
    const home = process.env.HOME!;
    // A profile that needs an MFA code, whose source keys point at a closed port: reachable only with a code.
    writeFileSync(process.env.AWS_CONFIG_FILE!, "[profile dev]\nmfa_session_source_profile = dev-keys\nmfa_serial = arn:aws:iam::123456789012:mfa/alice\nregion = us-east-1\n\n[profile dev-keys]\nregion = us-east-1\n");
    writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, "[dev-keys]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
    // The private cache, lock and used-code folders exist after the first use (a refused credential-process
    // creates them, empty); what must not change is every file and folder beyond that.
    mkdirSync(join(process.env.MFA_SESSION_CACHE_DIR!, "locks"), { recursive: true, mode: 0o700 });
    mkdirSync(join(process.env.MFA_SESSION_CACHE_DIR!, "used-codes"), { recursive: true, mode: 0o700 });
    const before = hashTree(home);
    const exits: Record<string, number> = {};
    for (let round = 0; round < 3000; round++) {
      const argv = [random.pick(COMMANDS)];
      if (round % 2 === 0) {
        // Well-formed but wrong: credential-process for a random, odd or real profile name.
        const name = random() < 0.5 ? random.pick(VALUES) : Array.from({ length: 1 + random.int(20) }, () => String.fromCharCode(32 + random.int(0x250))).join("");
        argv.splice(0, 1, "credential-process", random() < 0.5 ? "--profile" : `--profile=${name}`);
        if (argv[1] === "--profile") argv.push(name);
        if (random() < 0.5) argv.push("--no-prompt");
      }
      for (let count = random.int(round % 2 === 0 ? 2 : 6); count > 0; count--) argv.push(random() < 0.5 ? random.pick(FLAGS) : random.pick(VALUES));
      // No code may reach STS: a real one would change the cache (that is not bad input).
      if (argv.includes("--token-code") || argv.some((arg) => arg.startsWith("--token-code="))) argv.push("--profile", "missing");
      let stdout = "";
      let stderr = "";
      const io: CliIo = {
        stdout: { write: (chunk: string | Uint8Array) => ((stdout += String(chunk)), true) },
        stderr: { write: (chunk: string | Uint8Array) => ((stderr += String(chunk)), true) },
        env: { ...process.env, MFA_SESSION_PROMPT: "none" },
        cwd: home,
      };
      const code = await main(argv, io);
      const context = `round ${round} argv ${JSON.stringify(argv)} (FUZZ_SEED=${seed})`;
      exits[code] = (exits[code] ?? 0) + 1;
      expect([0, 1, 2], `${context}: ${stderr}`).toContain(code);
      expect(stderr, context).not.toMatch(/internal error/);
      if (round % 100 === 0 || code === 0) expect(hashTree(home), context).toEqual(before);
      if (code !== 0) {
        expect(stderr, context).toMatch(/^mfa-session: \S.{10,}/);
        if (argv[0] === "credential-process") expect(stdout, context).toBe("");
      }
    }
    console.log(`CLI argv fuzz: 3000 argument lists, exit codes ${JSON.stringify(exits)}`);
    expect(hashTree(home)).toEqual(before);
    expect(exits[2]).toBeGreaterThan(0);
    expect(exits[1]).toBeGreaterThan(0);
  }, 120_000);
});
