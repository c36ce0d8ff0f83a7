// The executable's entry, built as a small CommonJS file on purpose: credential_process runs before
// every AWS call, and a CommonJS entry starts without Node's ESM loader. A credential_process call
// first tries the cache-hit path (bundled in here: config and cache reading only); everything else
// loads the full CLI (an ESM bundle beside this file, with each command and the AWS SDK in chunks).
import { answerFromCache } from "./fastPath/credentialProcessCacheHit.js";
import type { CliIo } from "./io.js";
import type { main as Main } from "./main.js";

/** Built from src/main.ts next to this file (see build.mjs). */
const FULL_CLI = "./cli.mjs";

const argv = process.argv.slice(2);
const io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };

void run();

async function run(): Promise<void> {
  if (argv[0] === "credential-process" && (await answerFromCache(argv.slice(1), io))) return;
  const { main } = (await import(FULL_CLI)) as { main: typeof Main };
  process.exitCode = await main(argv, io);
}
