// Production wiring of the inline prompt to core's IPC (socket server, secret, discovery files).
import {
  createPromptSecret, formatPromptServerEnv, preparePromptSocket, PROMPT_SERVER_ENV, removeDiscoveryFile, startPromptServer,
  writeDiscoveryFile,
} from "@mfa-session/core";
import type { PromptIpc } from "./startInlinePrompt.js";

export const corePromptIpc: PromptIpc = {
  envName: PROMPT_SERVER_ENV,
  startPromptServer,
  createPromptSecret,
  preparePromptSocket,
  writeDiscoveryFile,
  removeDiscoveryFile,
  formatPromptServerEnv,
};
