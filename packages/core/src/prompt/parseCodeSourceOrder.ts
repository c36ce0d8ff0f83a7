// MFA_SESSION_PROMPT's value as an ordered list of code sources. Pure.
import { UsageError } from "../errors/errors.js";
import { CODE_SOURCE_NAMES, CODE_SOURCE_ORDER_ENV, NO_CODE_SOURCE, type CodeSourceName } from "./CodeSource.js";

/** Other spellings people write; `mfa_process` is the profile setting that `process` runs. */
const SPELLINGS: Readonly<Record<string, CodeSourceName>> = { mfa_process: "process" };

/** undefined when unset or blank (the default order applies); [] for "none". Repeated names count once. */
export function parseCodeSourceOrder(value: string | undefined): CodeSourceName[] | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const words = value.split(",").map((part) => part.trim().toLowerCase()).filter(Boolean);
  if (words.length === 1 && words[0] === NO_CODE_SOURCE) return [];
  const names: CodeSourceName[] = [];
  for (const word of words) {
    const name = (CODE_SOURCE_NAMES as readonly string[]).includes(word) ? (word as CodeSourceName) : SPELLINGS[word];
    if (name === undefined) {
      throw new UsageError(
        `${CODE_SOURCE_ORDER_ENV}=${value}: "${word}" is not a code source; use one or more of ${CODE_SOURCE_NAMES.join(", ")} separated by commas, or ${NO_CODE_SOURCE}.`,
      );
    }
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
