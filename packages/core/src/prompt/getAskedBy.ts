// How a caller's code is asked for, as the shared failure compares it (session/sharedFailure.ts): the
// order of its code sources and its mfa_process line. Two callers asked the same way would meet the
// same failure. Hashed: an mfa_process command line may name things that are nobody else's business.
import { sha256Hex } from "../hash/sha256Hex.js";
import type { CodeSourceName } from "./CodeSource.js";

export function getAskedBy(order: readonly CodeSourceName[], mfaProcess: string | undefined): string {
  return sha256Hex(JSON.stringify([order, mfaProcess ?? ""])).slice(0, 32);
}
