// A child process for the multi-process cache tests: "if cache miss: under the lock, re-check, else
// ask a fake prompt and a fake STS (each appends a line to a counter file), write the cache", then
// print {"AccessKeyId": ...}. Config comes as JSON in argv[2] (see CacheRaceWorkerConfig).
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createSessionCache } from "../cache/fileSessionCache.js";
import { createFileLocker } from "../lock/fileLock.js";
import { appendCounterLine } from "./counterFiles.js";

export interface CacheRaceWorkerConfig {
  cacheDir: string;
  lockDir: string;
  /** Holds prompts.log, sts.log and, in "wait-for-code" mode, the `code` file the test writes. */
  counterDir: string;
  key: string;
  /** "wait-for-code": the prompt waits until counterDir/code exists (the test may SIGKILL it meanwhile). */
  prompt: "immediate" | "wait-for-code";
  staleMs?: number;
  /** How long to wait for the lock (LOCK_TIMEOUT after). */
  timeoutMs?: number;
}

async function fakePrompt(config: CacheRaceWorkerConfig): Promise<string> {
  appendCounterLine(join(config.counterDir, "prompts.log"), String(process.pid));
  const codeFile = join(config.counterDir, "code");
  if (config.prompt === "immediate") return "123456";
  while (!existsSync(codeFile)) await sleep(20);
  return readFileSync(codeFile, "utf8").trim();
}

async function fakeSts(config: CacheRaceWorkerConfig, code: string) {
  appendCounterLine(join(config.counterDir, "sts.log"), `${process.pid} ${code.length}`);
  await sleep(30); // a network round trip, so late starters really do wait on the lock
  return {
    accessKeyId: `ASIA${randomBytes(8).toString("hex").toUpperCase()}`,
    secretAccessKey: randomBytes(30).toString("base64"),
    sessionToken: randomBytes(60).toString("base64"),
    expiration: new Date(Date.now() + 3_600_000),
  };
}

async function main(config: CacheRaceWorkerConfig): Promise<void> {
  const cache = createSessionCache({ dir: config.cacheDir });
  const locker = createFileLocker({
    dir: config.lockDir,
    ...(config.staleMs === undefined ? {} : { staleMs: config.staleMs }),
    ...(config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }),
  });
  const meta = { kind: "mfa-session" as const, profile: "race", sourceProfile: "race-base", mfaSerial: "arn:aws:iam::123456789012:mfa/race" };
  let entry = await cache.read(config.key);
  entry ??= await locker.withLock(meta.mfaSerial, async () => {
    const again = await cache.read(config.key);
    if (again !== undefined) return again;
    const credentials = await fakeSts(config, await fakePrompt(config));
    await cache.write(config.key, meta, credentials);
    return { key: config.key, meta, credentials, createdAt: new Date() };
  });
  process.stdout.write(`${JSON.stringify({ AccessKeyId: entry.credentials.accessKeyId })}\n`);
}

const config = JSON.parse(process.argv[2] ?? "{}") as CacheRaceWorkerConfig;
main(config).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? `${error.name}: ${error.message}` : "failed"}\n`);
  process.exitCode = 1;
});
