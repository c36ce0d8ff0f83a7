// Which VS Code the electron lane runs: the executable VSCODE_EXECUTABLE names, else the one
// @vscode/test-electron downloads from Microsoft's update servers (VSCODE_VERSION, default stable),
// given up after a bound so a machine that cannot reach them fails in seconds, never hangs.
import type { ProgressReporter } from "@vscode/test-electron";
import { VsCodeUnavailableError } from "./VsCodeUnavailableError.js";

export const CODE_SERVER_LANE = "pnpm --filter mfa-session-vscode e2e";
/** test-electron's own per-request idle timeout; the whole download gets `timeoutMs`. */
const REQUEST_TIMEOUT_MS = 15_000;

export interface DownloadRequest {
  version: string;
  cachePath: string;
  /** Per request, in ms. */
  timeout: number;
  reporter: ProgressReporter;
}

export interface ResolveVsCodeOptions {
  /** Reads VSCODE_EXECUTABLE and VSCODE_VERSION. */
  env: Record<string, string | undefined>;
  /** @vscode/test-electron's downloadAndUnzipVSCode in production. */
  download: (request: DownloadRequest) => Promise<string>;
  isExecutable: (path: string) => boolean;
  /** Where downloads are kept between runs. */
  cachePath: string;
  /** Bound on the whole download. */
  timeoutMs: number;
  reporter: ProgressReporter;
}

export async function resolveVsCode(options: ResolveVsCodeOptions): Promise<string> {
  const given = options.env.VSCODE_EXECUTABLE;
  if (given) {
    if (options.isExecutable(given)) return given;
    throw new VsCodeUnavailableError(`VSCODE_EXECUTABLE=${given} is not an executable file: point it at a VS Code executable, or unset it to download one.`);
  }
  const request: DownloadRequest = {
    version: options.env.VSCODE_VERSION || "stable",
    cachePath: options.cachePath,
    timeout: Math.min(REQUEST_TIMEOUT_MS, options.timeoutMs),
    reporter: options.reporter,
  };
  try {
    return await withinBound(options.download(request), options.timeoutMs);
  } catch (error) {
    throw new VsCodeUnavailableError(
      `Cannot download VS Code (${reasonOf(error)}): @vscode/test-electron needs network access to Microsoft's update servers. ` +
        `Here, run the code-server lane instead: ${CODE_SERVER_LANE} (or set VSCODE_EXECUTABLE to a VS Code on this machine).`,
      { cause: error },
    );
  }
}

function withinBound<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no VS Code after ${timeoutMs / 1000} s, the bound VSCODE_DOWNLOAD_TIMEOUT_MS sets`)), timeoutMs);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

// test-electron rejects with Node's network errors, its own Errors, and once with a bare string.
function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
