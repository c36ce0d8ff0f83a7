// Pure: masks anything that looks like a secret before a line reaches the output channel, as a
// second line of defence (callers already never pass secrets): AWS access key ids, long base64
// runs (secret keys, session tokens, seeds), base32 seeds, 6-digit codes and otpauth URIs.

const patterns: Array<[RegExp, string]> = [
  [/otpauth:\/\/\S+/gi, "otpauth://[redacted]"],
  [/\b(?:AKIA|ASIA|AROA|AIDA)[A-Z0-9]{12,}\b/g, "[access-key-id]"],
  [/[A-Za-z0-9+/=]{32,}/g, "[redacted]"],
  [/\b[A-Z2-7]{32,}\b/g, "[redacted]"],
  [/(?<![\d:/.-])\d{6}(?![\d:/.-])/g, "[code]"],
];

export function redactSecrets(text: string): string {
  return patterns.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}
