// Reads the text of an AWS shared config or credentials file line by line into its sections, the way
// botocore's configparser does: a key ends at the first "=" or ":", keys are lower-cased, values stay
// literal (no quote or inline-comment handling), and an indented block under an empty key
// ("sts =" then "  endpoint_url = ...") becomes dotted keys ("sts.endpoint_url", split at "=" only,
// nested keys as written). Every map has a null prototype, so __proto__ or constructor are ordinary
// names. Error messages name the file and line, never the line's text (it may hold a secret key). Pure.
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { getSectionHeader } from "./parseSectionHeader.js";

export type Settings = Record<string, string>;

export interface IniSection {
  /** The header inside the brackets, trimmed: `profile "my dev"`, `default`. */
  header: string;
  settings: Settings;
}

/** The sections in file order; a header that appears twice gives two entries. */
export function parseIniText(text: string, file: string): IniSection[] {
  // One plain loop, and the "file line N" text only built for an error: this runs at every
  // credential_process call, cold, over every line of the user's files (docs/performance.md).
  const sections: IniSection[] = [];
  let settings: Settings | undefined;
  let subsection: string | undefined;
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\n|\r/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const trimmed = line.trim();
    if (trimmed === "") continue;
    const first = trimmed.charCodeAt(0);
    if (first === HASH || first === SEMICOLON) continue;
    if (first === OPEN_BRACKET) {
      const header = getSectionHeader(trimmed);
      if (header === undefined) {
        throw new MfaSessionError(`${where(file, index)} starts a section header but does not close it. Write it as [profile name].`, "CONFIG_INVALID");
      }
      if (header === "") throw new MfaSessionError(`${where(file, index)} has an empty section name. Write it as [profile name].`, "CONFIG_INVALID");
      settings = Object.create(null) as Settings;
      sections.push({ header, settings });
      subsection = undefined;
      continue;
    }
    const nested = subsection !== undefined && /^\s/.test(line);
    // botocore splits nested lines at "=" only (_parse_nested), top-level ones at the first "=" or ":".
    const delimiter = nested ? line.indexOf("=") : findKeyDelimiter(line);
    if (delimiter < 0) {
      throw new MfaSessionError(`${where(file, index)} is neither a [section] header nor a "key = value" setting. Fix or remove that line.`, "CONFIG_INVALID");
    }
    const rawKey = line.slice(0, delimiter).trim();
    const value = line.slice(delimiter + 1).trim();
    if (rawKey === "") throw new MfaSessionError(`${where(file, index)} has no key before "${line[delimiter]}". Write it as "key = value".`, "CONFIG_INVALID");
    if (settings === undefined) {
      throw new MfaSessionError(`${where(file, index)} is a setting outside any section. Put it under [default] or [profile name].`, "CONFIG_INVALID");
    }
    if (nested) {
      // The empty parent ("sts =") is a plain key only when nothing is nested under it.
      delete settings[subsection!];
      settings[`${subsection}.${rawKey}`] = value;
      continue;
    }
    // botocore lower-cases top-level keys (ConfigParser) but keeps nested keys as written.
    const key = rawKey.toLowerCase();
    subsection = value === "" ? key : undefined;
    settings[key] = value;
  }
  return sections;
}

/** Where a top-level `key = value` or `key: value` line splits: its first "=" or ":", else -1. */
export function findKeyDelimiter(line: string): number {
  const equals = line.indexOf("=");
  const colon = line.indexOf(":");
  if (colon < 0) return equals;
  return equals < 0 || colon < equals ? colon : equals;
}

const HASH = 0x23;
const SEMICOLON = 0x3b;
const OPEN_BRACKET = 0x5b;

function where(file: string, index: number): string {
  return `${file} line ${index + 1}`;
}
