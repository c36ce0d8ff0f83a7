// The executable's entry: kept tiny on purpose. A credential_process call first tries the cache-hit
// path (which loads no command, prompt or AWS SDK code); everything else loads the full CLI.
import type { CliIo } from "./io.js";

const argv = process.argv.slice(2);
const io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };

const answered = argv[0] === "credential-process"
  && await (await import("./fastPath/credentialProcessCacheHit.js")).answerFromCache(argv.slice(1), io);
if (!answered) {
  const { main } = await import("./main.js");
  process.exitCode = await main(argv, io);
}
