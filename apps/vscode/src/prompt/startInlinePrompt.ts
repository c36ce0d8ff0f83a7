// The window's inline prompt server: listens on a socket in a private folder that core chooses
// (preparePromptSocket; a named pipe on Windows) with a per-window secret, advertises it to integrated terminals and tasks through the
// environment variable collection, and to callers that do not inherit the environment through a
// discovery file whose focusedAt follows this window's focus (so the focused window asks).
import type {
  Clock, DiscoveryEntry, Logger, MfaCodeProvider, PromptCodeRequest, PromptServer, PromptServerAddress, PromptServerOptions, PromptSocket,
} from "@mfa-session/core";
import type * as vscode from "vscode";
import { CODE_SOURCE_ORDER_ENV, TERMINAL_FIRST_CODE_SOURCE_ORDER, formatCodeSourceOrder } from "@mfa-session/core";
import type { PreferredPrompt } from "../settings/readSettings.js";

/** Core's IPC functions, injected so unit tests can watch the wiring. */
export interface PromptIpc {
  startPromptServer(options: PromptServerOptions): Promise<PromptServer>;
  createPromptSecret(): string;
  preparePromptSocket(options: { id: string; logger?: Logger }): Promise<PromptSocket>;
  writeDiscoveryFile(options: { id: string; entry: DiscoveryEntry }): Promise<string>;
  removeDiscoveryFile(options: { id: string }): Promise<void>;
  formatPromptServerEnv(address: PromptServerAddress): string;
  envName: string;
}

export interface InlinePromptDeps {
  ipc: PromptIpc;
  /** Unique per window: names the socket and the discovery file. */
  windowId: string;
  pid: number;
  clock: Clock;
  logger: Logger;
  codeProvider: MfaCodeProvider;
  environment: Pick<vscode.EnvironmentVariableCollection, "replace" | "delete" | "persistent" | "description">;
  window: Pick<typeof vscode.window, "state" | "onDidChangeWindowState">;
  getPreferredPrompt(): PreferredPrompt;
  /** After a code went back to the caller (refresh the status bar, watch for the new session). */
  onCodeSent?(request: PromptCodeRequest): void;
}

export interface InlinePrompt {
  socketPath: string;
  /** Re-applies the terminal environment after a settings change. */
  applyEnvironment(): void;
  dispose(): Promise<void>;
}

/** Makes the CLI ask in its terminal before this window when the person prefers that (core's names and order). */
export const PROMPT_ORDER_ENV = CODE_SOURCE_ORDER_ENV;
const TERMINAL_FIRST = formatCodeSourceOrder(TERMINAL_FIRST_CODE_SOURCE_ORDER);

export async function startInlinePrompt(deps: InlinePromptDeps): Promise<InlinePrompt> {
  const { ipc, logger } = deps;
  const secret = ipc.createPromptSecret();
  const socket = await ipc.preparePromptSocket({ id: deps.windowId, logger });
  const { socketPath } = socket;
  const server = await ipc.startPromptServer({
    socketPath,
    secret,
    logger,
    onCodeRequest: async (request, signal) => {
      logger.info(`Prompt: code asked for profile ${request.profile} (attempt ${request.attempt}${request.previousError ? `, previous code ${request.previousError}` : ""}).`);
      const code = await deps.codeProvider({ ...request, signal });
      logger.info(`Prompt: code for profile ${request.profile} sent back to the caller.`);
      deps.onCodeSent?.(request);
      return code;
    },
  }).catch(async (error: unknown) => {
    await socket.release();
    throw error;
  });
  logger.info(`Prompt server listening on ${socketPath}.`);

  const writeDiscovery = async (focused: boolean): Promise<void> => {
    // An unfocused window still serves, but any focused window wins over it.
    const focusedAt = new Date(focused ? deps.clock.now() : 0);
    try {
      await ipc.writeDiscoveryFile({ id: deps.windowId, entry: { socketPath, secret, pid: deps.pid, focusedAt } });
    } catch (error) {
      logger.warn(`Prompt server: could not write the discovery file: ${(error as Error).message}`);
    }
  };
  await writeDiscovery(deps.window.state.focused);
  let lastWrite = Promise.resolve();
  const focusSubscription = deps.window.onDidChangeWindowState((state) => {
    if (state.focused) lastWrite = lastWrite.then(() => writeDiscovery(true));
  });

  const applyEnvironment = (): void => {
    deps.environment.persistent = false; // the secret changes with every window: never restore an old one
    deps.environment.description = "Lets mfa-session ask for MFA codes in this VS Code window.";
    deps.environment.replace(ipc.envName, ipc.formatPromptServerEnv({ socketPath, secret }));
    if (deps.getPreferredPrompt() === "terminal") deps.environment.replace(PROMPT_ORDER_ENV, TERMINAL_FIRST);
    else deps.environment.delete(PROMPT_ORDER_ENV);
  };
  applyEnvironment();

  let disposed: Promise<void> | undefined;
  return {
    socketPath,
    applyEnvironment,
    dispose: () => {
      disposed ??= (async () => {
        focusSubscription.dispose();
        await lastWrite;
        deps.environment.delete(ipc.envName);
        await Promise.allSettled([server.close().then(() => socket.release()), ipc.removeDiscoveryFile({ id: deps.windowId })]);
      })();
      return disposed;
    },
  };
}
