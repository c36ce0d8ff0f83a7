import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSessionCache } from "../cache/fileSessionCache.js";
import { compileCoreSources, type CompiledCoreSources } from "../testing/compileCoreSources.js";
import type { CacheRaceWorkerConfig } from "../testing/cacheRaceWorker.js";
import { readCounterLines } from "../testing/counterFiles.js";
import { runNodeProcesses, startNodeProcess } from "../testing/runNodeProcesses.js";
import { createFileLocker } from "./fileLock.js";

const key = "a".repeat(64);
let compiled: CompiledCoreSources;
let worker: string;
let root: string;

beforeAll(async () => {
  compiled = await compileCoreSources();
  worker = compiled.resolve("testing/cacheRaceWorker.ts");
});
afterAll(async () => {
  await compiled?.cleanup();
});

function freshConfig(prompt: CacheRaceWorkerConfig["prompt"]): CacheRaceWorkerConfig {
  root = mkdtempSync(join(tmpdir(), "mfa-session-race-"));
  return { cacheDir: join(root, "cache"), lockDir: join(root, "cache", "locks"), counterDir: root, key, prompt };
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 20_000) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe(createFileLocker.name, () => {
  it("prompts once and calls STS once when 32 processes start with a cold cache", async () => {
    const config = freshConfig("immediate");
    try {
      const results = await runNodeProcesses(32, worker, { args: [JSON.stringify(config)] });
      for (const result of results) expect(result.stderr).toBe("");
      expect(results.map((result) => result.exitCode)).toEqual(Array(32).fill(0));
      const keys = new Set(results.map((result) => JSON.parse(result.stdout).AccessKeyId as string));
      expect(keys.size).toBe(1);
      expect(readCounterLines(join(root, "prompts.log"))).toHaveLength(1);
      expect(readCounterLines(join(root, "sts.log"))).toHaveLength(1);
      const entry = await createSessionCache({ dir: config.cacheDir }).read(key);
      expect(entry?.credentials.accessKeyId).toBe([...keys][0]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("never breaks the lock of a live holder that waits for a code, however old its lock file looks", async () => {
    const config = freshConfig("wait-for-code");
    const holder = startNodeProcess(worker, { args: [JSON.stringify(config)] });
    let next: ReturnType<typeof startNodeProcess> | undefined;
    try {
      await waitFor(() => readCounterLines(join(root, "prompts.log")).length === 1, "the holder to prompt");
      // As after a laptop's resume: the file's mtime is far behind the clock.
      const [lockFile] = readdirSync(config.lockDir).filter((name) => name.endsWith(".lock"));
      const old = (Date.now() - 10 * 60_000) / 1000;
      utimesSync(join(config.lockDir, lockFile!), old, old);

      next = startNodeProcess(worker, { args: [JSON.stringify({ ...config, timeoutMs: 1_000 })] });
      const secondPrompt = waitFor(() => readCounterLines(join(root, "prompts.log")).length > 1, "a second prompt").then(() => undefined);
      const outcome = await Promise.race([next.done, secondPrompt]);
      expect(readCounterLines(join(root, "prompts.log"))).toHaveLength(1);
      expect(outcome?.exitCode).toBe(1);
      expect(outcome?.stderr).toContain("Timed out");

      writeFileSync(join(root, "code"), "654321\n");
      expect((await holder.done).exitCode).toBe(0);
      expect(readCounterLines(join(root, "sts.log"))).toHaveLength(1);
    } finally {
      for (const started of [holder, next]) if (started !== undefined && started.child.exitCode === null) started.child.kill("SIGKILL");
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("lets the next caller through and writes a whole entry after the lock holder is killed", async () => {
    const config = freshConfig("wait-for-code");
    try {
      const holder = startNodeProcess(worker, { args: [JSON.stringify(config)] });
      await waitFor(() => readCounterLines(join(root, "prompts.log")).length === 1, "the holder to prompt");
      holder.child.kill("SIGKILL");
      const killed = await holder.done;
      expect(killed.signal).toBe("SIGKILL");
      expect(await createSessionCache({ dir: config.cacheDir }).read(key)).toBeUndefined();

      writeFileSync(join(root, "code"), "654321\n");
      const [next] = await runNodeProcesses(1, worker, { args: [JSON.stringify(config)] });
      expect(next?.stderr).toBe("");
      expect(next?.exitCode).toBe(0);
      const printed = JSON.parse(next?.stdout ?? "{}").AccessKeyId as string;
      const entry = await createSessionCache({ dir: config.cacheDir }).read(key);
      expect(entry?.credentials.accessKeyId).toBe(printed);
      expect(entry?.credentials.sessionToken.length).toBeGreaterThan(0);
      expect(readCounterLines(join(root, "prompts.log"))).toHaveLength(2);
      expect(readCounterLines(join(root, "sts.log"))).toHaveLength(1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
