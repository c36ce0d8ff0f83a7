// The production wiring of the VS Code driver to core's IPC client and discovery.
import { findPromptServer, requestCodeOverIpc, type DiscoveredPromptServer } from "@mfa-session/core";
import type { VscodePromptDriverOptions } from "./vscodePromptDriver.js";

export function defaultVscodeDriverOptions(env: NodeJS.ProcessEnv, homedir: string): VscodePromptDriverOptions {
  return {
    findServer: () => findPromptServer({ env, homedir }),
    requestCode: (server, request) => {
      const { socketPath, secret } = server as DiscoveredPromptServer;
      const { profile, mfaSerial, reason, attempt, previousError, signal } = request;
      return requestCodeOverIpc({
        socketPath, secret,
        request: { profile, mfaSerial, reason, attempt, ...(previousError ? { previousError } : {}) },
        ...(signal ? { signal } : {}),
      });
    },
  };
}
