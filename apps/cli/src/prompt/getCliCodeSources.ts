// The CLI's code sources for core: --token-code, and the drivers that ask a person (the VS Code
// window, the terminal, a desktop dialog). Core's getCredentials adds the profile's mfa_process and
// decides the order (MFA_SESSION_PROMPT or the default). No driver does any I/O until it is asked.
import { createExplicitCodeProvider, type CodeSources } from "@mfa-session/core";
import { createDialogPromptDriver } from "./dialogPromptDriver.js";
import { createTtyPromptDriver, type TtyPromptDriverOptions } from "./ttyPromptDriver.js";
import { createVscodePromptDriver, type VscodePromptDriverOptions } from "./vscodePromptDriver.js";
import { defaultVscodeDriverOptions } from "./defaultVscodeDriverOptions.js";

export interface GetCliCodeSourcesOptions {
  env: NodeJS.ProcessEnv;
  homedir: string;
  tokenCode?: string;
  /** --no-prompt: only the sources that need no person (--token-code, mfa_process). */
  noPrompt?: boolean;
  tty?: TtyPromptDriverOptions;
  vscode?: VscodePromptDriverOptions;
}

export function getCliCodeSources(options: GetCliCodeSourcesOptions): CodeSources {
  const sources: CodeSources = {};
  if (options.tokenCode !== undefined) sources.token = createExplicitCodeProvider(options.tokenCode);
  if (options.noPrompt) return sources;
  for (const driver of [
    createVscodePromptDriver(options.vscode ?? defaultVscodeDriverOptions(options.env, options.homedir)),
    createTtyPromptDriver(options.tty),
    createDialogPromptDriver({ env: options.env }),
  ]) {
    sources[driver.name] = driver.ask;
  }
  return sources;
}
