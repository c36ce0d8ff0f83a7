// The Windows lane's sandbox, on the Linux side in a process of its own (a check that blocks the lane's
// event loop, e.g. with spawnSync, must not stop it from answering node.exe). Prints one JSON line
// (endpoint, region, account, admin key: as `mfa-session sandbox` does), then serves until SIGTERM.
// Counts GetSessionToken requests as the sandbox receives them (accepted or refused), one line each
// in COUNT_FILE, the way the CLI tests' world counts them (apps/cli/test/support/mfaWorld.ts).
//   node scripts/windows/sandbox.mjs COUNT_FILE
import { appendFileSync } from "node:fs";

const countFile = process.argv[2];
if (!countFile) throw new Error("usage: sandbox.mjs COUNT_FILE");
const { startSandbox } = await import(new URL("../../packages/sandbox/dist/index.js", import.meta.url).href);
const sandbox = await startSandbox();
const decide = sandbox.faults.decide.bind(sandbox.faults);
sandbox.faults.decide = (action, protocol) => {
  if (action === "GetSessionToken") appendFileSync(countFile, "GetSessionToken\n");
  return decide(action, protocol);
};
const { endpoint, region, accountId, admin } = sandbox;
process.stdout.write(`${JSON.stringify({ endpoint, region, accountId, accessKeyId: admin.accessKeyId, secretAccessKey: admin.secretAccessKey })}\n`);
process.once("SIGTERM", () => void sandbox.stop().then(() => process.exit(0)));
