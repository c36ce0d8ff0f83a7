// The names of the places an MFA code can come from: what MFA_SESSION_PROMPT lists, what the CLI and
// the extension pass between them, and the default order. Core owns them; apps import them.
import type { MfaCodeProvider } from "../ports/ports.js";

/** token: a code given to this call (--token-code). process: the profile's mfa_process command.
 *  vscode, tty, dialog: a person, in the VS Code window, on the terminal, in a desktop dialog. */
export const CODE_SOURCE_NAMES = ["token", "process", "vscode", "tty", "dialog"] as const;
export type CodeSourceName = (typeof CODE_SOURCE_NAMES)[number];

/** The environment variable that lists the sources to try, in order (a comma list, or none). */
export const CODE_SOURCE_ORDER_ENV = "MFA_SESSION_PROMPT";
export const NO_CODE_SOURCE = "none";

/** The order when MFA_SESSION_PROMPT is not set, in a VS Code terminal: fixed codes first, then a person. */
export const DEFAULT_CODE_SOURCE_ORDER: readonly CodeSourceName[] = ["token", "process", "vscode", "tty", "dialog"];

/** The terminal ahead of the editor: the default outside VS Code's terminals, and the extension's "terminal" preference. */
export const TERMINAL_FIRST_CODE_SOURCE_ORDER: readonly CodeSourceName[] = ["token", "process", "tty", "vscode", "dialog"];

/** A person answers, so a refused code is asked for again; token and process would repeat the same code. */
export function isInteractiveCodeSource(name: CodeSourceName): boolean {
  return name === "vscode" || name === "tty" || name === "dialog";
}

/** The providers an app supplies, by name. Core adds `process` itself, from the profile. */
export type CodeSources = Partial<Record<Exclude<CodeSourceName, "process">, MfaCodeProvider>>;
