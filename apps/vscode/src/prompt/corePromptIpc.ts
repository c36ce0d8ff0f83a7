// Production wiring of the inline prompt to core's IPC (socket server, secret, discovery files).
import {
  createPromptSecret, formatPromptServerEnv, getPromptSocketPath, PROMPT_SERVER_ENV, removeDiscoveryFile, startPromptServer,
  writeDiscoveryFile,
} from "@mfa-session/core";
import type { PromptIpc } from "./startInlinePrompt.js";

export const corePromptIpc: PromptIpc = {
  envName: PROMPT_SERVER_ENV,
  startPromptServer,
  createPromptSecret,
  getPromptSocketPath,
  writeDiscoveryFile,
  removeDiscoveryFile,
  formatPromptServerEnv,
};
