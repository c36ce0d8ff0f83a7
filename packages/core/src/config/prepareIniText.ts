// Checks AWS shared config text line by line and rewrites it so the `ini` package decodes it
// exactly as botocore reads it: nested sub-sections ("sts =" then indented "endpoint_url = ...")
// become dotted keys ("sts.endpoint_url"), values stay literal (no quote or inline-comment
// handling, as in botocore), top-level keys are lower-cased, and dots in section names do not nest.
// Error messages name the file and line, never the line's text (it may hold a secret key).
import { MfaSessionError } from "../errors/MfaSessionError.js";


const FORBIDDEN_NAMES = new Set(["__proto__", "constructor", "prototype"]);
const SECTION_HEADER = /^\[([^\]]*)\]\s*(?:[#;].*)?$/;

export function prepareIniText(text: string, file: string): string {
  // One plain loop, and the "file line N" text only built for an error: this runs at every
  // credential_process call, cold, over every line of the user's files (docs/performance.md).
  const out: string[] = [];
  let inSection = false;
  let subsection: string | undefined;
  let parentLine: number | undefined;
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\n|\r/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const trimmed = line.trim();
    if (trimmed === "") continue;
    const first = trimmed.charCodeAt(0);
    if (first === HASH || first === SEMICOLON) continue;
    if (first === OPEN_BRACKET) {
      const name = parseSectionName(trimmed, file, index);
      out.push(`[${name.includes(".") ? name.replace(/\./g, "\\.") : name}]`);
      inSection = true;
      subsection = undefined;
      parentLine = undefined;
      continue;
    }
    const equals = line.indexOf("=");
    if (equals < 0) {
      throw new MfaSessionError(`${where(file, index)} is neither a [section] header nor a "key = value" setting. Fix or remove that line.`, "CONFIG_INVALID");
    }
    const rawKey = line.slice(0, equals).trim();
    const value = line.slice(equals + 1).trim();
    if (rawKey === "") throw new MfaSessionError(`${where(file, index)} has no key before "=". Write it as "key = value".`, "CONFIG_INVALID");
    const nested = subsection !== undefined && /^\s/.test(line);
    // botocore lower-cases top-level keys (ConfigParser) but keeps nested keys as written.
    const key = nested ? rawKey : rawKey.toLowerCase();
    if (!inSection) {
      throw new MfaSessionError(`${where(file, index)} is a setting outside any section. Put it under [default] or [profile name].`, "CONFIG_INVALID");
    }
    if (isForbidden(key)) throw new MfaSessionError(`${where(file, index)} uses the reserved key "${key}". Rename or remove it.`, "CONFIG_INVALID");
    if (nested) {
      // The empty parent ("sts =") is a plain key only when nothing is nested under it.
      if (parentLine !== undefined) out[parentLine] = "";
      parentLine = undefined;
      out.push(`${JSON.stringify(`${subsection}.${key}`)} = ${JSON.stringify(value)}`);
      continue;
    }
    subsection = value === "" ? key : undefined;
    parentLine = value === "" ? out.length : undefined;
    out.push(`${JSON.stringify(key)} = ${JSON.stringify(value)}`);
  }
  return out.filter((line) => line !== "").join("\n");
}

const HASH = 0x23;
const SEMICOLON = 0x3b;
const OPEN_BRACKET = 0x5b;

function where(file: string, index: number): string {
  return `${file} line ${index + 1}`;
}

function parseSectionName(trimmed: string, file: string, index: number): string {
  const match = SECTION_HEADER.exec(trimmed);
  if (match === null) {
    throw new MfaSessionError(`${where(file, index)} starts a section header but does not close it. Write it as [profile name].`, "CONFIG_INVALID");
  }
  const name = (match[1] ?? "").trim().replace(/\s+/g, " ");
  if (name === "") throw new MfaSessionError(`${where(file, index)} has an empty section name. Write it as [profile name].`, "CONFIG_INVALID");
  const reserved = name.split(" ").find(isForbidden);
  if (reserved !== undefined) {
    throw new MfaSessionError(`${where(file, index)} uses the reserved name "${reserved}" in a section header. Rename that section.`, "CONFIG_INVALID");
  }
  return name;
}

function isForbidden(name: string): boolean {
  if (FORBIDDEN_NAMES.has(name)) return true;
  return name.includes(".") && name.split(".").some((part) => FORBIDDEN_NAMES.has(part));
}
