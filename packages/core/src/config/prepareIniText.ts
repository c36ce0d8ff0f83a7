// Checks AWS shared config text line by line and rewrites it so the `ini` package decodes it
// exactly as botocore reads it: nested sub-sections ("sts =" then indented "endpoint_url = ...")
// become dotted keys ("sts.endpoint_url"), values stay literal (no quote or inline-comment
// handling, as in botocore), top-level keys are lower-cased, and dots in section names do not nest.
// Error messages name the file and line, never the line's text (it may hold a secret key).
import { ConfigError } from "../errors/errors.js";

const FORBIDDEN_NAMES = new Set(["__proto__", "constructor", "prototype"]);
const SECTION_HEADER = /^\[([^\]]*)\]\s*(?:[#;].*)?$/;

export function prepareIniText(text: string, file: string): string {
  const out: string[] = [];
  let inSection = false;
  let subsection: string | undefined;
  let parentLine: number | undefined;
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  lines.forEach((line, index) => {
    const where = `${file} line ${index + 1}`;
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith(";")) return;
    if (trimmed.startsWith("[")) {
      const name = parseSectionName(trimmed, where);
      out.push(`[${name.replace(/\./g, "\\.")}]`);
      inSection = true;
      subsection = undefined;
      parentLine = undefined;
      return;
    }
    const equals = line.indexOf("=");
    if (equals < 0) {
      throw new ConfigError(`${where} is neither a [section] header nor a "key = value" setting. Fix or remove that line.`);
    }
    const rawKey = line.slice(0, equals).trim();
    const value = line.slice(equals + 1).trim();
    if (rawKey === "") throw new ConfigError(`${where} has no key before "=". Write it as "key = value".`);
    const nested = /^\s/.test(line) && subsection !== undefined;
    // botocore lower-cases top-level keys (ConfigParser) but keeps nested keys as written.
    const key = nested ? rawKey : rawKey.toLowerCase();
    if (!inSection) {
      throw new ConfigError(`${where} is a setting outside any section. Put it under [default] or [profile name].`);
    }
    if (isForbidden(key)) throw new ConfigError(`${where} uses the reserved key "${key}". Rename or remove it.`);
    if (nested) {
      // The empty parent ("sts =") is a plain key only when nothing is nested under it.
      if (parentLine !== undefined) out[parentLine] = "";
      parentLine = undefined;
      out.push(`${JSON.stringify(`${subsection}.${key}`)} = ${JSON.stringify(value)}`);
      return;
    }
    subsection = value === "" ? key : undefined;
    parentLine = value === "" ? out.length : undefined;
    out.push(`${JSON.stringify(key)} = ${JSON.stringify(value)}`);
  });
  return out.filter((line) => line !== "").join("\n");
}

function parseSectionName(trimmed: string, where: string): string {
  const match = SECTION_HEADER.exec(trimmed);
  if (match === null) {
    throw new ConfigError(`${where} starts a section header but does not close it. Write it as [profile name].`);
  }
  const name = (match[1] ?? "").trim().replace(/\s+/g, " ");
  if (name === "") throw new ConfigError(`${where} has an empty section name. Write it as [profile name].`);
  const reserved = name.split(" ").find(isForbidden);
  if (reserved !== undefined) {
    throw new ConfigError(`${where} uses the reserved name "${reserved}" in a section header. Rename that section.`);
  }
  return name;
}

function isForbidden(name: string): boolean {
  return FORBIDDEN_NAMES.has(name) || name.split(".").some((part) => FORBIDDEN_NAMES.has(part));
}
