// Asks the VS Code extension for the code when this process runs under a VS Code window: the
// extension's socket is found from the variable in its terminals or its discovery file, and the
// request is authenticated with the per-window secret (protocol: core's ipc).
import { PromptUnavailableError, type MfaCodeRequest } from "@mfa-session/core";
import type { PromptDriver } from "./PromptDriver.js";

/** Finds the extension's prompt server; undefined when no VS Code window serves prompts here. */
export type FindServer = () => Promise<unknown | undefined>;
/** Asks the server; rejects with PromptUnavailableError when it cannot be reached. */
export type RequestCode = (server: unknown, request: MfaCodeRequest) => Promise<string>;

export interface VscodePromptDriverOptions {
  findServer: FindServer;
  requestCode: RequestCode;
}

export function createVscodePromptDriver(options: VscodePromptDriverOptions): PromptDriver {
  return {
    name: "vscode",
    async ask(request) {
      const server = await options.findServer();
      if (server === undefined) throw new PromptUnavailableError(`Profile ${request.profile}: no VS Code window is serving MFA prompts here.`);
      return options.requestCode(server, request);
    },
  };
}
