// Undoes path.toNamespacedPath on Windows (\\?\C:\x -> C:\x, \\?\UNC\server\share -> \\server\share):
// fs.mkdir answers in that form, and the tools mfa-session hands a path to expect the usual one.
export function fromNamespacedPath(path: string): string {
  if (path.startsWith("\\\\?\\UNC\\")) return `\\\\${path.slice(8)}`;
  if (path.startsWith("\\\\?\\")) return path.slice(4);
  return path;
}
