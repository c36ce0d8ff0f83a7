// The AWS SDK warns once per process, on the first client construction, that Node < 22 will lose
// support ("NodeVersionSupportWarning: The AWS SDK for JavaScript (v3) versions published after ...").
// Node prints that to stderr, where a credential_process must only say what matters. This filters
// exactly that warning, only while a client is being constructed; every other warning passes.
const SDK_NODE_VERSION_WARNING = "NodeVersionSupportWarning";

export function withoutSdkNodeVersionWarning<T>(create: () => T): T {
  const original = process.emitWarning;
  const filtered = function emitWarning(this: unknown, warning: string | Error, ...rest: unknown[]): void {
    if (isSdkNodeVersionWarning(warning)) return;
    (original as (...args: unknown[]) => void).call(process, warning, ...rest);
  };
  process.emitWarning = filtered as typeof process.emitWarning;
  try {
    return create();
  } finally {
    if (process.emitWarning === filtered) process.emitWarning = original;
  }
}

export function isSdkNodeVersionWarning(warning: unknown): boolean {
  if (typeof warning === "string") return warning.startsWith(SDK_NODE_VERSION_WARNING);
  if (warning instanceof Error) return warning.name === SDK_NODE_VERSION_WARNING || warning.message.startsWith(SDK_NODE_VERSION_WARNING);
  return false;
}
