// A code given up front (--token-code, an extension field): non-interactive, so it is offered once.
import { InvalidMfaCodeError } from "../errors/errors.js";
import type { MfaCodeProvider, MfaCodeProviderOptions } from "../ports/ports.js";

/** Pass with `codeProviderOptions: explicitCodeProviderOptions`; the code is checked (6 digits) by the caller of the provider. */
export function createExplicitCodeProvider(code: string): MfaCodeProvider {
  return async (request) => {
    if (request.previousError !== undefined) {
      throw new InvalidMfaCodeError(
        `Profile ${request.profile}: the MFA code given was ${request.previousError === "reused" ? "already used" : "refused"}; run again with the code your authenticator shows now.`,
      );
    }
    return code;
  };
}

export const explicitCodeProviderOptions: MfaCodeProviderOptions = { interactive: false };
