// The --users-file format: one IAM user name per line; blank lines and "#" comments ignored.
import { UsageError } from "../../errors/errors.js";

export function parseUsersFile(text: string, file: string): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((line, index) => {
    const name = line.replace(/#.*/, "").trim();
    if (name === "") return;
    if (!/^[\w+=,.@-]{1,64}$/.test(name)) {
      throw new UsageError(`${file} line ${index + 1}: "${name}" is not an IAM user name (1-64 letters, digits or + = , . @ _ -); write one user name per line.`);
    }
    if (!seen.has(name)) names.push(name);
    seen.add(name);
  });
  if (names.length === 0) throw new UsageError(`${file} lists no users: write one IAM user name per line.`);
  return names;
}
