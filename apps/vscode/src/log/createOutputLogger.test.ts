import { describe, expect, it } from "vitest";
import { FakeLogOutputChannel } from "../../test/fakeLogOutputChannel.js";
import { createOutputLogger } from "./createOutputLogger.js";

describe(createOutputLogger.name, () => {
  it("writes each line at its level on VS Code's log channel (which adds the time), with codes and keys masked and setting names kept", () => {
    const channel = new FakeLogOutputChannel();
    const logger = createOutputLogger(channel);
    logger.warn("Profile a: Set mfa_session_source_profile to the profile; code totp_123456, key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    logger.debug("lock taken");
    expect(channel.lines).toEqual([
      "[warn] Profile a: Set mfa_session_source_profile to the profile; code totp_[redacted], key [redacted]",
      "[debug] lock taken",
    ]);
  });

  it("keeps an AWS error's name and message readable (they hold no secret)", () => {
    const channel = new FakeLogOutputChannel();
    const line = "Set Up Virtual MFA Device failed: InvalidMfaCodeError [INVALID_MFA_CODE]: MFA device arn:aws:iam::123456789012:mfa/alice: the authentication codes were refused. <- caused by InvalidAuthenticationCodeException: Authentication code for device is not valid.";
    createOutputLogger(channel).error(line);
    expect(channel.lines).toEqual([`[error] ${line}`]);
  });

  it("opens the log without taking the focus", () => {
    const channel = new FakeLogOutputChannel();
    createOutputLogger(channel).show();
    expect(channel.shown).toBe(1);
  });
});
