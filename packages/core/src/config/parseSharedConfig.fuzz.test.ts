// Fuzz: thousands of generated and mutated config/credentials files through parseSharedConfig and
// resolveProfile. Each either parses and resolves or throws a typed MfaSessionError with a message
// that never repeats a secret from the files. Replay a failure with FUZZ_SEED=<seed>.
import { describe, expect, it } from "vitest";
import { isMfaSessionError } from "../errors/MfaSessionError.js";
import { createRandom, getFuzzSeed, mutate, randomText, type Random } from "../testing/fuzz.js";
import { parseSharedConfig } from "./parseSharedConfig.js";
import { resolveProfile } from "./resolveProfile.js";

const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYFUZZSECRET0";
const CONFIG = `[default]
region = eu-west-1

[profile dev]
mfa_session_source_profile = dev-keys
mfa_serial = arn:aws:iam::123456789012:mfa/alice
credential_process = mfa-session credential-process --profile dev
mfa_session_duration_seconds = 3600

[profile admin]
role_arn = arn:aws:iam::123456789012:role/admin
source_profile = dev
duration_seconds = 7200
role_session_name = alice
external_id = abc

[profile nested]
s3 =
  max_concurrent_requests = 10
services = local

[services local]
sts =
  endpoint_url = http://127.0.0.1:4566

[profile loop]
source_profile = loop
`;
const CREDENTIALS = `[dev-keys]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = ${SECRET}

[default]
aws_access_key_id = AKIAI44QH8DHBEXAMPLE
aws_secret_access_key = ${SECRET}
`;
const PROFILES = ["default", "dev", "admin", "nested", "loop", "dev-keys", "missing"];

function generated(random: Random): string {
  const lines: string[] = [];
  for (let count = random.int(12); count > 0; count--) {
    const kind = random.int(5);
    if (kind === 0) lines.push(`[${random.pick(["profile ", "", "services ", "sso-session "])}${random.pick([...PROFILES, randomText(random, 12)])}]`);
    else if (kind === 1) lines.push(`${random.pick(["source_profile", "role_arn", "mfa_serial", "duration_seconds", "mfa_session_duration_seconds", "credential_process", "region", "endpoint_url", randomText(random, 10)])} = ${random() < 0.5 ? random.pick(PROFILES) : randomText(random, 30)}`);
    else if (kind === 2) lines.push(`  ${randomText(random, 10)} = ${randomText(random, 10)}`);
    else if (kind === 3) lines.push(random.pick(["", "# comment", "; comment", "\t"]));
    else lines.push(randomText(random, 40));
  }
  return lines.join(random() < 0.2 ? "\r\n" : "\n");
}

describe("parseSharedConfig and resolveProfile on bad input", () => {
  it("parse or throw a typed error with a message (and no secret) for 4000 generated and mutated files", () => {
    const seed = getFuzzSeed();
    console.log(`parseSharedConfig fuzz seed: ${seed} (FUZZ_SEED=${seed} replays it)`);
    const random = createRandom(seed);
    const outcomes = { parsed: 0, configErrors: 0, resolved: 0, resolveErrors: 0 };
    const codes = new Set<string>();
    for (let round = 0; round < 4000; round++) {
      const fromScratch = round % 4 === 0;
      const configText = fromScratch ? generated(random) : mutate(CONFIG, random);
      const credentialsText = random() < 0.5 ? mutate(CREDENTIALS, random) : CREDENTIALS;
      const context = `round ${round} (FUZZ_SEED=${seed})`;
      let config;
      try {
        config = parseSharedConfig({ configText, credentialsText, configFile: "/home/u/.aws/config", credentialsFile: "/home/u/.aws/credentials" });
        outcomes.parsed += 1;
      } catch (error) {
        expect(isMfaSessionError(error), `${context}: ${String(error)}`).toBe(true);
        expect((error as Error).message.length, context).toBeGreaterThan(10);
        expect((error as Error).message, context).not.toContain(SECRET);
        codes.add((error as { code: string }).code);
        outcomes.configErrors += 1;
        continue;
      }
      for (const name of [random.pick(PROFILES), random.pick(Object.keys(config.profiles).concat("default"))]) {
        try {
          const profile = resolveProfile(name, config, { env: random() < 0.2 ? { AWS_REGION: randomText(random, 8) } : {} });
          expect(profile.name, context).toBe(name);
          outcomes.resolved += 1;
        } catch (error) {
          expect(isMfaSessionError(error), `${context}, profile ${JSON.stringify(name)}: ${String(error)}`).toBe(true);
          expect((error as Error).message.length, context).toBeGreaterThan(10);
          expect((error as Error).message, context).not.toContain(SECRET);
          codes.add((error as { code: string }).code);
          outcomes.resolveErrors += 1;
        }
      }
    }
    console.log(`parseSharedConfig fuzz: ${JSON.stringify(outcomes)}, error codes ${[...codes].sort().join(" ")}`);
    expect(outcomes.parsed).toBeGreaterThan(100);
    expect(outcomes.resolved).toBeGreaterThan(100);
    expect(outcomes.configErrors + outcomes.resolveErrors).toBeGreaterThan(100);
  });
});
