// Two consecutive codes (enable, resync), each validated as six digits, the second unlike the first.
import { normalizeMfaCode, type CodePair } from "@mfa-session/core";
import type * as vscode from "vscode";
import { askText } from "./askText.js";

export async function askCodePair(window: Pick<typeof vscode.window, "showInputBox">, title: string): Promise<CodePair> {
  const sixDigits = (value: string) => (normalizeMfaCode(value) !== undefined ? undefined : "Enter the 6 digits your authenticator shows.");
  // The box accepts only what validateInput passes; core's parseCodePair checks the pair again.
  const code = (value: string) => normalizeMfaCode(value) ?? value;
  const code1 = code(await askText(window, { title, prompt: "First code: the one your authenticator shows now.", placeHolder: "123456", validateInput: sixDigits }));
  const code2 = code(await askText(window, {
    title,
    prompt: "Second code: wait until the code changes, then enter the new one.",
    placeHolder: "654321",
    validateInput: (value) => sixDigits(value) ?? (code(value) === code1 ? "Wait for the next code: the two must differ." : undefined),
  }));
  return { code1, code2 };
}
