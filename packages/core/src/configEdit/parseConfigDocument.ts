// A line model of an AWS shared config/credentials file that keeps every byte (comments, spacing,
// line endings), so an edit can change one line and leave the rest untouched. Headers and keys are
// found by the same rules as the reader's (config/parseIniText.ts), so both see the same sections.
import { findKeyDelimiter } from "../config/parseIniText.js";
import { getSectionHeader } from "../config/parseSectionHeader.js";

export interface ConfigLine {
  /** The line's text without its line ending. */
  text: string;
  /** "\n", "\r\n" or "" (last line without a newline). */
  eol: string;
}

export interface ConfigKeyLine {
  /** Index into `lines`. */
  index: number;
  /** Lower-cased, as botocore reads it (`Region` and `region` are one key). */
  key: string;
  /** Where the key ends in the line's text: its "=" or ":". */
  delimiter: number;
  value: string;
  /** Indices of indented sub-property lines that follow (`s3 =` then `  max_concurrency = 10`). */
  continuation: number[];
}

export interface ConfigSectionBlock {
  /** The header as written inside the brackets, trimmed: `profile dev`, `default`, `profile "my dev"`. */
  header: string;
  /** Index of the `[...]` line. */
  headerIndex: number;
  /** Index one past the section's last line (the next header, or the end). */
  endIndex: number;
  keys: ConfigKeyLine[];
}

export interface ConfigDocument {
  lines: ConfigLine[];
  sections: ConfigSectionBlock[];
  /** The line ending most lines use, for lines we add. */
  eol: "\n" | "\r\n";
}

export function splitLines(text: string): ConfigLine[] {
  const lines: ConfigLine[] = [];
  const pattern = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0] === "") break;
    lines.push({ text: match[1]!, eol: match[2]! });
  }
  return lines;
}

export function parseConfigDocument(text: string): ConfigDocument {
  const lines = splitLines(text);
  const crlf = lines.filter((line) => line.eol === "\r\n").length;
  const lf = lines.filter((line) => line.eol === "\n").length;
  const sections: ConfigSectionBlock[] = [];
  let current: ConfigSectionBlock | undefined;
  let lastKey: ConfigKeyLine | undefined;
  lines.forEach((line, index) => {
    const trimmed = line.text.trim();
    const header = trimmed.startsWith("[") ? getSectionHeader(trimmed) : undefined;
    if (header !== undefined) {
      if (current) current.endIndex = index;
      current = { header, headerIndex: index, endIndex: lines.length, keys: [] };
      sections.push(current);
      lastKey = undefined;
      return;
    }
    if (!current || isBlankOrComment(line.text)) return;
    const delimiter = findKeyDelimiter(line.text);
    const key = delimiter > 0 ? line.text.slice(0, delimiter).trim() : "";
    const indented = /^\s/.test(line.text);
    // Indented lines after `key =` (empty value) are that key's sub-properties, not keys of their own.
    if (indented && lastKey && (lastKey.value === "" || lastKey.continuation.length > 0)) {
      lastKey.continuation.push(index);
      return;
    }
    if (key !== "") {
      lastKey = { index, key: key.toLowerCase(), delimiter, value: line.text.slice(delimiter + 1).trim(), continuation: [] };
      current.keys.push(lastKey);
    } else if (lastKey) {
      lastKey.continuation.push(index);
    }
  });
  return { lines, sections, eol: crlf > lf ? "\r\n" : "\n" };
}

export function isBlankOrComment(text: string): boolean {
  return /^\s*(?:[#;].*)?$/.test(text);
}


export function formatConfigDocument(lines: readonly ConfigLine[]): string {
  return lines.map((line) => line.text + line.eol).join("");
}
