// Two consecutive codes computed from a seed (for --seed-file and bulk provisioning): the codes of
// the current 30-second step and the next one, which IAM accepts as a pair while the first is fresh.
import type { Clock } from "../ports/ports.js";
import { systemClock } from "../ports/ports.js";
import { generateTotp, TOTP_STEP_SECONDS } from "../totp/generateTotp.js";
import type { CodePair } from "./parseCodePair.js";

export function getConsecutiveCodes(seedBase32: string, clock: Clock = systemClock): CodePair {
  const timeMs = clock.now();
  return {
    code1: generateTotp(seedBase32, { timeMs }),
    code2: generateTotp(seedBase32, { timeMs: timeMs + TOTP_STEP_SECONDS * 1000 }),
  };
}
