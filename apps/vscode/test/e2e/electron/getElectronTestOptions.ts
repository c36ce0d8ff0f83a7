// What @vscode/test-electron's runTests gets: the extension under development, the runner-agnostic
// mocha suite that build.mjs bundles into dist/test/, a throw-away profile with no other extensions,
// the fixture's workspace, and the fixture's environment for VS Code and its extension host.
import { join } from "node:path";
import type { TestOptions } from "@vscode/test-electron";
import type { EnvChanges } from "./parseEnvAssignments.js";

export interface ElectronRun {
  vscodeExecutablePath: string;
  /** apps/vscode: the extension's root, with package.json and dist/. */
  extensionDir: string;
  workspace: string;
  userDataDir: string;
  extensionsDir: string;
  /** Applied over the runner's own environment; undefined removes a variable. */
  env: EnvChanges;
}

export function getElectronTestOptions(run: ElectronRun): TestOptions {
  return {
    // Always given, so runTests never downloads on its own, unbounded.
    vscodeExecutablePath: run.vscodeExecutablePath,
    extensionDevelopmentPath: run.extensionDir,
    extensionTestsPath: join(run.extensionDir, "dist", "test", "index.js"),
    // The workspace comes first: VS Code opens a leading path. runTests adds --no-sandbox,
    // --disable-updates, --skip-welcome, --skip-release-notes and --disable-workspace-trust.
    launchArgs: [run.workspace, `--user-data-dir=${run.userDataDir}`, `--extensions-dir=${run.extensionsDir}`, "--disable-extensions"],
    extensionTestsEnv: { ...run.env },
  };
}
