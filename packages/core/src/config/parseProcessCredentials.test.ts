import { describe, expect, it } from "vitest";
import { parseProcessCredentials } from "./parseProcessCredentials.js";

const subject = "Profile base: credential_process";
const nowMs = Date.parse("2030-01-01T00:00:00Z");
const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

function parse(value: unknown) {
  return parseProcessCredentials(typeof value === "string" ? value : JSON.stringify(value), { subject, nowMs });
}

describe(parseProcessCredentials.name, () => {
  it("reads Version 1 credentials with a session token and expiration", () => {
    expect(parse({ Version: 1, AccessKeyId: "ASIAX", SecretAccessKey: SECRET, SessionToken: "tok", Expiration: "2030-01-01T01:00:00Z" })).toEqual({
      accessKeyId: "ASIAX",
      secretAccessKey: SECRET,
      sessionToken: "tok",
      expiration: new Date("2030-01-01T01:00:00Z"),
    });
  });

  it("accepts long-term keys without token or expiration", () => {
    expect(parse({ Version: 1, AccessKeyId: "AKIAX", SecretAccessKey: SECRET })).toEqual({ accessKeyId: "AKIAX", secretAccessKey: SECRET });
  });

  it.each([
    [`not json ${SECRET}`, "not JSON"],
    [[1, 2], "not a JSON object"],
    [{ Version: 2, AccessKeyId: "A", SecretAccessKey: SECRET }, "Version must be 1"],
    [{ Version: 1, SecretAccessKey: SECRET }, "AccessKeyId must be a non-empty string"],
    [{ Version: 1, AccessKeyId: "A", SecretAccessKey: "" }, "SecretAccessKey must be a non-empty string"],
    [{ Version: 1, AccessKeyId: "A", SecretAccessKey: SECRET, Expiration: "soon" }, "RFC 3339"],
  ])("refuses %j without quoting the output", (output, problem) => {
    let error: unknown;
    try {
      parse(output);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: "CREDENTIAL_PROCESS_FAILED" });
    expect((error as Error).message).toContain(subject);
    expect((error as Error).message).toContain(problem);
    expect((error as Error).message).not.toContain(SECRET);
  });

  it("refuses credentials that have already expired", () => {
    expect(() => parse({ Version: 1, AccessKeyId: "A", SecretAccessKey: SECRET, Expiration: "2029-12-31T23:59:59Z" })).toThrow(
      /expired at 2029-12-31T23:59:59.000Z/,
    );
  });
});
