// Reads the README's recipe blocks, and puts `mfa-session` on a world's PATH as a global install would.
import { mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findSection, parseConfigDocument } from "@mfa-session/core";
import { CLI, type MfaWorld } from "./mfaWorld.js";

const readme = readFileSync(fileURLToPath(new URL("../../../../README.md", import.meta.url)), "utf8");

/** The ```ini block right after `<!-- recipe:ID -->` in the README. */
export function recipeBlock(id: string): string {
  const match = new RegExp(`<!-- recipe:${id} -->\\n\`\`\`ini\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!match) throw new Error(`README has no recipe block ${id}`);
  return match[1]!;
}

/** A section of the config file as text, from its header to its last line. */
export function sectionText(configText: string, section: string): string {
  const document = parseConfigDocument(configText);
  const block = findSection(document, section);
  if (!block) throw new Error(`no [${section}] in the config`);
  return document.lines.slice(block.headerIndex, block.endIndex).map((line) => line.text + line.eol).join("").trimEnd() + "\n";
}

/** `mfa-session` on PATH (a symlink to the built CLI), as after `npm install -g mfa-session`. */
export function installOnPath(world: MfaWorld): void {
  const bin = join(world.home, "bin");
  mkdirSync(bin, { recursive: true });
  symlinkSync(CLI, join(bin, "mfa-session"));
  world.env.PATH = `${bin}:${world.env.PATH}`;
}
