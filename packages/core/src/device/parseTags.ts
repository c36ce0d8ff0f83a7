// --tag KEY=VALUE arguments to a record; the value may itself contain "=".
import { UsageError } from "../errors/errors.js";

export function parseTags(values: readonly string[]): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const value of values) {
    const index = value.indexOf("=");
    const key = index === -1 ? "" : value.slice(0, index).trim();
    if (key.length === 0 || key.length > 128) {
      throw new UsageError(`Tag "${value}" is not KEY=VALUE: write it as --tag team=platform (key 1-128 characters).`);
    }
    tags[key] = value.slice(index + 1);
  }
  return tags;
}
