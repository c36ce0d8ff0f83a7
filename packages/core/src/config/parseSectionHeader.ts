// What a section header of the shared config file names, as botocore decides it (build_profile_map):
// `[default]`, and `[profile NAME]`, `[sso-session NAME]`, `[services NAME]` whose header splits into
// exactly two shell words (so `[profile "my dev"]` is the profile `my dev`). The reader of the files
// and the editor both ask here, so they agree on which section is which profile. Pure.
import { splitShlexWords } from "./splitShlexWords.js";

export type ConfigSectionKind = "profile" | "sso-session" | "services";

export interface ConfigSectionName {
  kind: ConfigSectionKind;
  /** `default` for [default] (and for [profile default], as in botocore). */
  name: string;
}

const KINDS: readonly ConfigSectionKind[] = ["profile", "sso-session", "services"];

/**
 * The header of a `[...]` line (already trimmed, starting with "["), as configparser takes it: up to
 * the line's last "]", trimmed; undefined when the line has no "]".
 */
export function getSectionHeader(trimmedLine: string): string | undefined {
  const close = trimmedLine.lastIndexOf("]");
  return close < 1 ? undefined : trimmedLine.slice(1, close).trim();
}

/** What a config-file header names; undefined for sections botocore ignores ([plugins], typos, 3 words). */
export function parseSectionHeader(header: string): ConfigSectionName | undefined {
  if (header === "default") return { kind: "profile", name: "default" };
  // botocore checks the prefix alone, so `[profiles x]` is the profile x too.
  const kind = KINDS.find((candidate) => header.startsWith(candidate));
  if (kind === undefined) return undefined;
  // Most headers need no shell parsing: "profile name" with plain words.
  const words = /["'\\]/.test(header) ? splitShlexWords(header) : header.split(/[ \t]+/);
  return words?.length === 2 ? { kind, name: words[1]! } : undefined;
}
