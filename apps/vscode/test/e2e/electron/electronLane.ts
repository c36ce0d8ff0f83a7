// The electron lane's command line and its one error boundary; scripts/e2eElectron.sh calls it
// twice, first to find a VS Code (before it builds any fixture), then to run the suite in it.
//   resolve --cache-path DIR
//       prints the VS Code executable: VSCODE_EXECUTABLE, else downloaded (VSCODE_VERSION, default
//       stable) within VSCODE_DOWNLOAD_TIMEOUT_MS (default 600000)
//   run --vscode FILE --extension-dir DIR --workspace DIR --user-data-dir DIR --extensions-dir DIR -- [-u NAME | NAME=VALUE]...
//       runs dist/test/index.js in that VS Code with the fixture's environment
import { parseArgs } from "node:util";
import type { TestOptions } from "@vscode/test-electron";
import { createStderrReporter } from "./createStderrReporter.js";
import { type ElectronRun, getElectronTestOptions } from "./getElectronTestOptions.js";
import { parseEnvAssignments } from "./parseEnvAssignments.js";
import { type ResolveVsCodeOptions, resolveVsCode } from "./resolveVsCode.js";
import { VsCodeUnavailableError } from "./VsCodeUnavailableError.js";

/** 69 is EX_UNAVAILABLE in sysexits.h: the lane cannot run here, which is not a test failure. */
export const EXIT = { ok: 0, testsFailed: 1, usage: 2, vsCodeUnavailable: 69 } as const;
const DEFAULT_TIMEOUT_MS = 600_000;

export interface ElectronLaneDeps {
  env: Record<string, string | undefined>;
  download: ResolveVsCodeOptions["download"];
  /** @vscode/test-electron's runTests: resolves 0, rejects when VS Code exits otherwise. */
  runTests: (options: TestOptions) => Promise<number>;
  isExecutable: (path: string) => boolean;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

type Command = { name: "resolve"; cachePath: string; timeoutMs: number } | { name: "run"; run: ElectronRun };

export async function runElectronLane(argv: readonly string[], deps: ElectronLaneDeps): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv, deps.env);
  } catch (error) {
    deps.stderr(`[e2e-electron] ${(error as Error).message} (usage: see test/e2e/electron/electronLane.ts)`);
    return EXIT.usage;
  }
  if (command.name === "run") return runSuite(command.run, deps);
  try {
    const executable = await resolveVsCode({
      env: deps.env,
      download: deps.download,
      isExecutable: deps.isExecutable,
      cachePath: command.cachePath,
      timeoutMs: command.timeoutMs,
      reporter: createStderrReporter((line) => deps.stderr(`[e2e-electron] ${line}`)),
    });
    deps.stdout(executable);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof VsCodeUnavailableError)) throw error;
    deps.stderr(`[e2e-electron] ${error.message}`);
    return EXIT.vsCodeUnavailable;
  }
}

async function runSuite(run: ElectronRun, deps: ElectronLaneDeps): Promise<number> {
  try {
    await deps.runTests(getElectronTestOptions(run));
    return EXIT.ok;
  } catch (error) {
    deps.stderr(`[e2e-electron] the extension-host suite did not pass in ${run.vscodeExecutablePath}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.testsFailed;
  }
}

function parseCommand(argv: readonly string[], env: Record<string, string | undefined>): Command {
  const dir = { type: "string" } as const;
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { "cache-path": dir, vscode: dir, "extension-dir": dir, workspace: dir, "user-data-dir": dir, "extensions-dir": dir },
  });
  const [name, ...rest] = positionals;
  const need = (flag: keyof typeof values): string => {
    const value = values[flag];
    if (!value) throw new Error(`${name} needs --${flag}`);
    return value;
  };
  if (name === "resolve" && rest.length === 0) return { name, cachePath: need("cache-path"), timeoutMs: parseTimeout(env.VSCODE_DOWNLOAD_TIMEOUT_MS) };
  if (name === "run") {
    return {
      name,
      run: {
        vscodeExecutablePath: need("vscode"),
        extensionDir: need("extension-dir"),
        workspace: need("workspace"),
        userDataDir: need("user-data-dir"),
        extensionsDir: need("extensions-dir"),
        env: parseEnvAssignments(rest),
      },
    };
  }
  throw new Error(`expected "resolve" or "run ... -- ENV", got ${JSON.stringify(positionals.join(" "))}`);
}

function parseTimeout(text: string | undefined): number {
  if (text === undefined || text === "") return DEFAULT_TIMEOUT_MS;
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms <= 0) throw new Error(`VSCODE_DOWNLOAD_TIMEOUT_MS must be a whole number of milliseconds, got ${JSON.stringify(text)}`);
  return ms;
}
