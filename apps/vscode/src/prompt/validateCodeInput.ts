// Pure: the input box's validation message while typing (undefined = fine so far).

export function validateCodeInput(value: string): string | undefined {
  const text = value.trim();
  if (text === "") return undefined;
  if (!/^\d+$/.test(text)) return "Digits only: the code is 6 digits.";
  if (text.length > 6) return "Too long: the code is exactly 6 digits.";
  return undefined;
}

export function isCompleteCode(value: string): boolean {
  return /^\d{6}$/.test(value.trim());
}
