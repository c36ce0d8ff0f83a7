// Entry of the electron lane's Node side with the real collaborators: @vscode/test-electron, the
// file system, the process streams. scripts/e2eElectron.sh bundles it with esbuild (Node 20 runs
// no TypeScript) into a temp folder and runs it there.
import { accessSync, constants, statSync } from "node:fs";
import { downloadAndUnzipVSCode, runTests } from "@vscode/test-electron";
import { runElectronLane } from "./electronLane.js";

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

void runElectronLane(process.argv.slice(2), {
  env: process.env,
  download: (request) => downloadAndUnzipVSCode(request),
  runTests,
  isExecutable,
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
  // A download cut off by its bound can still hold a socket open; do not wait for it.
  setTimeout(() => process.exit(code), 1_000).unref();
});
