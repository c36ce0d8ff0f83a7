import { describe, expect, it } from "vitest";
import { getProfileWarnings } from "./getProfileWarnings.js";
import { makeProfile } from "./testing/makeProfile.js";

describe(getProfileWarnings.name, () => {
  it("warns that AWS tools use static keys kept beside credential_process, naming the file", () => {
    expect(getProfileWarnings(makeProfile({ name: "both", staticKeysBesideCredentialProcess: "/home/a/.aws/credentials" }))).toEqual([
      "profile both has aws_access_key_id in /home/a/.aws/credentials next to credential_process; AWS tools use those keys and skip MFA. Remove them, and keep the long-term keys in the source profile.",
    ]);
  });

  it("says nothing about a profile holding its own keys and mfa_serial without credential_process", () => {
    expect(getProfileWarnings(makeProfile())).toEqual([]);
  });
});
