// The sandbox suites' secret scanner: records every captured stderr, error body and server log line,
// learns secrets as they appear (keys, session tokens, seeds in JSON output), and at the end fails if
// any secret learned at any time shows up in any record (naming the place, never the secret).
import type { Logger } from "@mfa-session/core";

const SECRET_FIELDS = new Set(["SecretAccessKey", "SessionToken", "Base32StringSeed", "secretAccessKey", "sessionToken", "seedBase32"]);

export interface SecretScan {
  add(...values: Array<string | undefined>): void;
  /** Learns secret fields from a JSON document (AWS CLI stdout); ignores text that is not JSON. */
  learnJson(text: string): void;
  record(where: string, text: string): void;
  /** Collects the sandbox's log lines as records. */
  logger: Logger;
  /** Throws when a known secret appears in a record; returns how many records were scanned. */
  assertClean(): number;
}

export function createSecretScan(): SecretScan {
  const secrets = new Set<string>();
  const records: Array<{ where: string; text: string }> = [];
  const learn = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(learn);
    else if (typeof value === "object" && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        if (SECRET_FIELDS.has(key) && typeof inner === "string") secrets.add(inner);
        else learn(inner);
      }
    }
  };
  const log = (level: string) => (message: string) => void records.push({ where: `sandbox ${level} log`, text: message });
  return {
    add: (...values) => values.forEach((value) => value && value.length >= 8 && secrets.add(value)),
    learnJson(text) {
      try {
        learn(JSON.parse(text));
      } catch {
        // not JSON: nothing to learn
      }
    },
    record: (where, text) => void records.push({ where, text }),
    logger: { debug: log("debug"), info: log("info"), warn: log("warn") },
    assertClean() {
      for (const { where, text } of records) {
        for (const secret of secrets) {
          if (secret.length >= 8 && text.includes(secret)) throw new Error(`Secret leaked in ${where}: ${secret.slice(0, 4)}… (${secret.length} chars)`);
        }
      }
      return records.length;
    },
  };
}
