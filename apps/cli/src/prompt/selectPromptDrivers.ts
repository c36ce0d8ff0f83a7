// Which prompt drivers to try, in order: --token-code, then mfa_process, then the VS Code extension,
// the terminal, a desktop dialog. MFA_SESSION_PROMPT=token|process|vscode|tty|dialog|none (or a
// comma list) picks instead. Drivers are built here; none does any I/O until it is asked.
// mfa_process itself is run by core's getCredentials: it answers whenever the provider handed over is
// interactive, so "process" here only means "no interactive driver".
import { UsageError, createExplicitCodeProvider, type MfaCodeProvider } from "@mfa-session/core";
import { PROMPT_DRIVER_NAMES, type PromptDriver, type PromptDriverName } from "./PromptDriver.js";
import { chainPromptDrivers } from "./chainPromptDrivers.js";
import { createDialogPromptDriver } from "./dialogPromptDriver.js";
import { createTtyPromptDriver, type TtyPromptDriverOptions } from "./ttyPromptDriver.js";
import { createVscodePromptDriver, type VscodePromptDriverOptions } from "./vscodePromptDriver.js";
import { defaultVscodeDriverOptions } from "./defaultVscodeDriverOptions.js";

export interface SelectPromptDriversOptions {
  env: NodeJS.ProcessEnv;
  homedir: string;
  tokenCode?: string;
  /** --no-prompt: only sources that need no person (--token-code, mfa_process). */
  noPrompt?: boolean;
  tty?: TtyPromptDriverOptions;
  vscode?: VscodePromptDriverOptions;
}

export interface SelectedPrompt {
  provider: MfaCodeProvider;
  drivers: PromptDriverName[];
  /** false when the code is fixed (token, mfa_process): a refused code is not asked for again. */
  interactive: boolean;
}

export function selectPromptDrivers(options: SelectPromptDriversOptions): SelectedPrompt {
  const all = buildDrivers(options);
  const wanted = parsePromptSetting(options.env.MFA_SESSION_PROMPT);
  // A code given on the command line is more specific than the environment's choice: it always wins.
  const token = all.find((driver) => driver.name === "token");
  let drivers = token ? [token] : wanted ? wanted.flatMap((name) => all.filter((driver) => driver.name === name)) : all;
  if (options.noPrompt) drivers = drivers.filter((driver) => driver.name === "token" || driver.name === "process");
  const names = drivers.map((driver) => driver.name);
  return {
    provider: chainPromptDrivers(drivers),
    drivers: names,
    interactive: !names.includes("token"),
  };
}

function buildDrivers(options: SelectPromptDriversOptions): PromptDriver[] {
  const drivers: PromptDriver[] = [];
  if (options.tokenCode !== undefined) drivers.push({ name: "token", ask: createExplicitCodeProvider(options.tokenCode) });
  drivers.push(createVscodePromptDriver(options.vscode ?? defaultVscodeDriverOptions(options.env, options.homedir)));
  drivers.push(createTtyPromptDriver(options.tty));
  drivers.push(createDialogPromptDriver({ env: options.env }));
  return drivers;
}

/** undefined: the default order. [] for "none". */
export function parsePromptSetting(value: string | undefined): PromptDriverName[] | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const names = value.split(",").map((part) => part.trim().toLowerCase()).filter(Boolean);
  if (names.length === 1 && names[0] === "none") return [];
  for (const name of names) {
    if (!(PROMPT_DRIVER_NAMES as readonly string[]).includes(name)) {
      throw new UsageError(`MFA_SESSION_PROMPT=${value}: "${name}" is not a prompt driver; use one or more of ${PROMPT_DRIVER_NAMES.join(", ")}, or none.`);
    }
  }
  return names as PromptDriverName[];
}
