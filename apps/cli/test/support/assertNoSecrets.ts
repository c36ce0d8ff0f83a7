// The one secret scanner of the E2E suite: every test hands it what a process wrote to stderr (and any
// log) plus every secret it knows of, and fails if one of them shows up. MFA codes are matched as
// whole 6-digit words, so they do not collide with digits inside account ids or ARNs.
import { generateTotp } from "@mfa-session/core";

export interface KnownSecrets {
  /** Secret access keys, session tokens, seeds: any occurrence is a leak. */
  values: Set<string>;
  /** MFA codes: a leak when they appear as a 6-digit word. */
  codes: Set<string>;
}

export function createKnownSecrets(): KnownSecrets {
  return { values: new Set(), codes: new Set() };
}

export function addSecret(secrets: KnownSecrets, ...values: Array<string | undefined>): void {
  for (const value of values) if (value) secrets.values.add(value);
}

/** The seed itself and every code it gives within ±2 minutes of now. */
export function addSeed(secrets: KnownSecrets, seedBase32: string, nowMs = Date.now()): void {
  secrets.values.add(seedBase32);
  for (let step = -4; step <= 4; step++) secrets.codes.add(generateTotp(seedBase32, { timeMs: nowMs + step * 30_000 }));
}

/** Secrets found in the credential_process JSON or export output a test received on stdout. */
export function addCredentialsJson(secrets: KnownSecrets, stdout: string): void {
  const json = JSON.parse(stdout) as { SecretAccessKey?: string; SessionToken?: string };
  addSecret(secrets, json.SecretAccessKey, json.SessionToken);
}

export function findSecrets(text: string, secrets: KnownSecrets): string[] {
  const found: string[] = [];
  for (const value of secrets.values) if (value.length >= 8 && text.includes(value)) found.push(describe(value));
  for (const code of secrets.codes) if (new RegExp(`(?<![\\d])${code}(?![\\d])`).test(text)) found.push(`an MFA code (${code.slice(0, 1)}*****)`);
  return found;
}

/** Throws (naming the place, never the secret in full) when `text` holds a known secret. */
export function assertNoSecrets(text: string, secrets: KnownSecrets, where: string): void {
  const found = findSecrets(text, secrets);
  if (found.length > 0) throw new Error(`Secret leaked in ${where}: ${found.join(", ")}`);
}

function describe(value: string): string {
  return `a secret (${value.slice(0, 4)}…, ${value.length} chars)`;
}
