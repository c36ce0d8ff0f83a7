// Turns an ordered list of prompt drivers into one MfaCodeProvider: the first driver that can ask
// answers, and every later ask (a re-ask after a wrong or reused code) goes to that same driver.
import { PromptUnavailableError, type MfaCodeProvider, type MfaCodeRequest } from "@mfa-session/core";
import type { PromptDriver } from "./PromptDriver.js";

export function chainPromptDrivers(drivers: readonly PromptDriver[]): MfaCodeProvider {
  let chosen: PromptDriver | undefined;
  return async (request: MfaCodeRequest) => {
    if (chosen) return chosen.ask(request);
    for (const driver of drivers) {
      try {
        const code = await driver.ask(request);
        chosen = driver;
        return code;
      } catch (error) {
        if (error instanceof PromptUnavailableError) continue;
        chosen = driver;
        throw error;
      }
    }
    throw new PromptUnavailableError(formatNoPromptMessage(request.profile));
  };
}

export function formatNoPromptMessage(profile: string): string {
  return `No way to ask for an MFA code for profile ${profile}: run \`mfa-session login --profile ${profile}\` in a terminal, or set mfa_process`;
}
