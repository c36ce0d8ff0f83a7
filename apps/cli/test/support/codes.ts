// MFA codes for tests: the current one, and one the device gives nowhere near now (a certain "wrong code").
import { generateTotp } from "@mfa-session/core";

export function currentCode(seed: string): string {
  return generateTotp(seed, { timeMs: Date.now() });
}

export function wrongCode(seed: string): string {
  const near = new Set([-2, -1, 0, 1, 2].map((step) => generateTotp(seed, { timeMs: Date.now() + step * 30_000 })));
  for (let candidate = 100_000; ; candidate += 7919) if (!near.has(String(candidate))) return String(candidate);
}
