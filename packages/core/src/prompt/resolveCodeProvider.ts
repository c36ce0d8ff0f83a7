// Where getCredentials' code comes from: the app's providers by source name, plus the profile's
// mfa_process, chained in the order getCodeSourceOrder decides. Nothing is added or reordered here.
import type { Env } from "../config/Env.js";
import type { MfaCodeProvider, MfaCodeProviderOptions } from "../ports/ports.js";
import { chainCodeProviders } from "./chainCodeProviders.js";
import { isInteractiveCodeSource, type CodeSourceName, type CodeSources } from "./CodeSource.js";
import { getAvailableSources, getCodeSourceOrder } from "./getCodeSourceOrder.js";
import { createMfaProcessProvider, type ShellCommandRunner } from "./mfaProcessProvider.js";

export interface ResolveCodeProviderOptions {
  env: Env;
  /** The providers the app supplies. */
  sources: CodeSources;
  /** The profile's mfa_process command line: the `process` source. */
  mfaProcess?: string | undefined;
  /** Runs mfa_process; default process/runShellCommand. */
  run?: ShellCommandRunner;
}

export interface ResolvedCodeProvider {
  codeProvider: MfaCodeProvider;
  /** The sources tried, in order. */
  order: CodeSourceName[];
  /** false when the first source is a fixed code (token, process): a refused code is not asked for again. */
  interactive: boolean;
  /** true when the first source makes a new code every 30 s (process): a code already used is waited out once. */
  freshCodeEachStep: boolean;
}

export function resolveCodeProvider({ env, sources, mfaProcess, run }: ResolveCodeProviderOptions): ResolvedCodeProvider {
  const providers: Partial<Record<CodeSourceName, MfaCodeProvider>> = { ...sources };
  delete providers.process;
  if (mfaProcess !== undefined && mfaProcess !== "") providers.process = createMfaProcessProvider({ command: mfaProcess, env, ...(run ? { run } : {}) });
  const appSources = (Object.keys(sources) as (keyof CodeSources)[]).filter((name) => sources[name]);
  const order = getCodeSourceOrder({ env, available: getAvailableSources(appSources, mfaProcess) });
  // One provider that stands for several names (getCodeSources' single prompt) is asked once, at its first place.
  const chain = [...new Set(order.map((name) => providers[name]!))];
  const first = order[0];
  return {
    codeProvider: chainCodeProviders(chain), order,
    interactive: first !== undefined && isInteractiveCodeSource(first),
    freshCodeEachStep: first === "process",
  };
}

/**
 * getCredentials' older options as sources: a fixed code (`interactive: false`) is `token`; any
 * other provider is the app's prompt for a person and stands wherever the order puts one.
 */
export function getCodeSources(codeProvider: MfaCodeProvider | undefined, options: MfaCodeProviderOptions = {}): CodeSources {
  if (codeProvider === undefined) return {};
  if (options.interactive === false) return { token: codeProvider };
  return { vscode: codeProvider, tty: codeProvider, dialog: codeProvider };
}
