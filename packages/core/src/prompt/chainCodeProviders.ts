// Tries code providers in order: one that cannot ask here (PromptUnavailableError) hands over to the
// next; any other outcome (a code, a cancellation, a failure) ends the chain.
import { PromptUnavailableError } from "../errors/errors.js";
import type { MfaCodeProvider } from "../ports/ports.js";

export function chainCodeProviders(providers: readonly MfaCodeProvider[]): MfaCodeProvider {
  return async (request) => {
    let unavailable: PromptUnavailableError | undefined;
    for (const provider of providers) {
      request.signal?.throwIfAborted();
      try {
        return await provider(request);
      } catch (error) {
        if (!(error instanceof PromptUnavailableError)) throw error;
        unavailable = error;
      }
    }
    throw unavailable ?? new PromptUnavailableError(`Profile ${request.profile}: no way to ask for an MFA code is configured here.`);
  };
}
