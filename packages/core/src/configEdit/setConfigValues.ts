// Sets keys in one section of a shared config file and changes nothing else: an existing key keeps
// its spacing and delimiter ("=" or ":") and only its value is replaced; a new key goes right after
// the section's last key; a new section goes at the end. Sections and keys are matched as botocore
// reads them: [profile "my dev"] is the section of profile my dev, Region is region. Pure.
import { parseSectionHeader } from "../config/parseSectionHeader.js";
import {
  formatConfigDocument, isBlankOrComment, parseConfigDocument,
  type ConfigDocument, type ConfigLine, type ConfigSectionBlock,
} from "./parseConfigDocument.js";

export interface ConfigValueEdit {
  key: string;
  value: string;
  /** true: leave an existing value alone (e.g. mfa_serial "where missing"). */
  onlyIfMissing?: boolean;
}

export interface ConfigSectionEdit {
  /** Header inside the brackets: `profile dev`, `default`, `sso-session corp`. */
  section: string;
  set: ConfigValueEdit[];
  /** Keys to remove from the section (the key line and its sub-properties). */
  remove?: string[];
}

export type ConfigChange =
  | { kind: "added-section"; section: string }
  | { kind: "set"; section: string; key: string; previous?: string }
  | { kind: "removed"; section: string; key: string }
  | { kind: "kept"; section: string; key: string };

export interface ConfigEditResult {
  text: string;
  changed: boolean;
  changes: ConfigChange[];
}

export function setConfigValues(text: string, edits: ConfigSectionEdit[]): ConfigEditResult {
  let current = text;
  const changes: ConfigChange[] = [];
  for (const edit of edits) {
    const result = applySectionEdit(current, edit);
    current = result.text;
    changes.push(...result.changes);
  }
  return { text: current, changed: current !== text, changes };
}

/**
 * The block of `section` (a header as inside the brackets): in the config file the one botocore reads
 * for the same profile, sso-session or services name (the last, as a later section wins there), else
 * the one with the same text, spacing aside (credentials-file sections are plain names).
 */
export function findSection(document: ConfigDocument, section: string): ConfigSectionBlock | undefined {
  const wanted = getSectionIdentity(section);
  return document.sections.findLast((block) => getSectionIdentity(block.header) === wanted);
}

function getSectionIdentity(header: string): string {
  const named = parseSectionHeader(header);
  return named === undefined ? `=${header.trim().replace(/\s+/g, " ")}` : `${named.kind} ${named.name}`;
}

function applySectionEdit(text: string, edit: ConfigSectionEdit): { text: string; changes: ConfigChange[] } {
  assertSafe(edit);
  const document = parseConfigDocument(text);
  const block = findSection(document, edit.section);
  if (!block) return appendSection(document, edit);
  const lines: Array<ConfigLine | null> = [...document.lines];
  const changes: ConfigChange[] = [];
  const insert: ConfigLine[] = [];
  for (const { key, value, onlyIfMissing } of edit.set) {
    const existing = findKey(block, key);
    if (!existing) {
      insert.push({ text: `${key} = ${value}`, eol: document.eol });
      changes.push({ kind: "set", section: edit.section, key });
    } else if (onlyIfMissing || existing.value === value) {
      changes.push({ kind: "kept", section: edit.section, key });
    } else {
      const line = document.lines[existing.index]!;
      const spacing = /^\s*/.exec(line.text.slice(existing.delimiter + 1))![0];
      lines[existing.index] = { text: `${line.text.slice(0, existing.delimiter + 1)}${spacing || " "}${value}`, eol: line.eol };
      changes.push({ kind: "set", section: edit.section, key, previous: existing.value });
    }
  }
  for (const key of edit.remove ?? []) {
    const existing = findKey(block, key);
    if (!existing) continue;
    for (const index of [existing.index, ...existing.continuation]) lines[index] = null;
    changes.push({ kind: "removed", section: edit.section, key });
  }
  const at = insertionIndex(document, block);
  const before = document.lines[at - 1];
  if (insert.length > 0 && before && before.eol === "" && lines[at - 1]) lines[at - 1] = { ...before, eol: document.eol };
  lines.splice(at, 0, ...insert);
  return { text: formatConfigDocument(lines.filter((line): line is ConfigLine => line !== null)), changes };
}

/** The key's line, whatever its case: botocore lower-cases keys, so `Region` is `region`. */
function findKey(block: ConfigSectionBlock, key: string): ConfigSectionBlock["keys"][number] | undefined {
  const wanted = key.toLowerCase();
  return block.keys.findLast((candidate) => candidate.key === wanted);
}

/** After the last key (and its sub-properties) of the section; after the header when it has none. */
function insertionIndex(document: ConfigDocument, block: ConfigSectionBlock): number {
  let last = block.headerIndex;
  for (let index = block.headerIndex + 1; index < block.endIndex; index++) {
    if (!isBlankOrComment(document.lines[index]!.text)) last = index;
  }
  return last + 1;
}

function appendSection(document: ConfigDocument, edit: ConfigSectionEdit): { text: string; changes: ConfigChange[] } {
  const lines = [...document.lines];
  const eol = document.eol;
  const lastLine = lines.at(-1);
  if (lastLine && lastLine.eol === "") lines[lines.length - 1] = { ...lastLine, eol };
  if (lines.length > 0 && lines.at(-1)!.text.trim() !== "") lines.push({ text: "", eol });
  lines.push({ text: `[${edit.section}]`, eol });
  for (const { key, value } of edit.set) lines.push({ text: `${key} = ${value}`, eol });
  return {
    text: formatConfigDocument(lines),
    changes: [{ kind: "added-section", section: edit.section }, ...edit.set.map(({ key }) => ({ kind: "set" as const, section: edit.section, key }))],
  };
}

function assertSafe(edit: ConfigSectionEdit): void {
  const bad = [edit.section, ...edit.set.flatMap(({ key, value }) => [key, value])].find((part) => /[\r\n]/.test(part));
  if (bad !== undefined || /[[\]]/.test(edit.section) || edit.set.some(({ key }) => /[=\s[\]#;]/.test(key) || key === "")) {
    throw new TypeError("setConfigValues: section names, keys and values must be single-line text (keys without '=', spaces or brackets).");
  }
}
