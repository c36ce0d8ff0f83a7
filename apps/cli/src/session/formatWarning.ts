// How every warning reads on stderr, from the full CLI's logger and from the cache-hit path alike.
export function formatWarning(message: string): string {
  return `mfa-session: warning: ${message}\n`;
}
