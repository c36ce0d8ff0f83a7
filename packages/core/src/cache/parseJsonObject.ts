// Pure: the first step of reading any JSON we wrote (cache entries, used codes, lock holders, IPC
// messages, discovery files, the VS Code variable), where damaged JSON is as good as none.

/** The JSON object in `text`; undefined when the text is not JSON or holds no object (null, an array, a number...). */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}
