// THE chain of code providers: the first that can ask here answers, and a provider that cannot
// (PromptUnavailableError) hands over to the next; any other outcome (a code, a cancellation, a
// failure) ends the chain. Every later ask (after a wrong or reused code) goes to the provider that
// answered first, so a person is asked again where they typed.
import { PromptUnavailableError } from "../errors/errors.js";
import type { MfaCodeProvider } from "../ports/ports.js";

export function chainCodeProviders(providers: readonly MfaCodeProvider[]): MfaCodeProvider {
  let chosen: MfaCodeProvider | undefined;
  return async (request) => {
    if (chosen) return chosen(request);
    let unavailable: PromptUnavailableError | undefined;
    for (const provider of providers) {
      request.signal?.throwIfAborted();
      try {
        const code = await provider(request);
        chosen = provider;
        return code;
      } catch (error) {
        if (!(error instanceof PromptUnavailableError)) {
          chosen = provider;
          throw error;
        }
        unavailable = error;
      }
    }
    throw new PromptUnavailableError(`No way to ask for an MFA code for profile ${request.profile}`, {
      hint: { kind: "no-code-source", profile: request.profile },
      nextStep: "sign in once where a person can type the code (a terminal or VS Code), or set mfa_process",
      ...(unavailable ? { cause: unavailable } : {}),
    });
  };
}
