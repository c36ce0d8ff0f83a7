import { describe, expect, it } from "vitest";
import { createOutputLogger } from "./createOutputLogger.js";

describe(createOutputLogger.name, () => {
  it("writes each line timestamped and levelled, with codes and keys masked and setting names kept", () => {
    const lines: string[] = [];
    const logger = createOutputLogger({ appendLine: (line) => void lines.push(line), show() {} }, { now: () => 0 });
    logger.warn("Profile a: Set mfa_session_source_profile to the profile; code totp_123456, key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    expect(lines).toEqual(["1970-01-01T00:00:00.000Z [warn] Profile a: Set mfa_session_source_profile to the profile; code totp_[redacted], key [redacted]"]);
  });
});
