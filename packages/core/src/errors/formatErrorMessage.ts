// An error's message in an app's own words: the problem, then the app's wording of the hint
// (`problem: step.`); core's neutral message when the app has no wording for it.
import { endSentence } from "./endSentence.js";
import type { ErrorHint } from "./ErrorHint.js";
import { isMfaSessionError } from "./MfaSessionError.js";

/** The app's next step for a hint, or undefined to keep core's neutral one. */
export type WordNextStep = (hint: ErrorHint) => string | undefined;

export function formatErrorMessage(error: unknown, wordNextStep: WordNextStep): string {
  if (!isMfaSessionError(error)) return error instanceof Error ? error.message : String(error);
  const step = error.hint === undefined ? undefined : wordNextStep(error.hint);
  return step === undefined ? error.message : `${error.problem}: ${endSentence(step)}`;
}
