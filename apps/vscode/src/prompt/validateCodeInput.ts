// Pure: the input box's validation message while typing (undefined = fine so far). Whether the
// code is complete, and its six digits, is core's normalizeMfaCode, as for every other prompt.

export function validateCodeInput(value: string): string | undefined {
  const text = value.trim();
  if (text === "") return undefined;
  // White space is allowed: apps show the code as 123 456.
  if (!/^[\d\s]+$/.test(text)) return "Digits only: the code is 6 digits.";
  if (text.replace(/\s/g, "").length > 6) return "Too long: the code is exactly 6 digits.";
  return undefined;
}
