import { describe, expect, it } from "vitest";
import { formatStatusJson, formatStatusTable } from "./status.js";

const session = {
  key: "k", kind: "mfa-session" as const, profile: "dev", sourceProfile: "dev-keys", mfaSerial: "arn:aws:iam::1:mfa/a",
  createdAt: new Date(0), expiration: new Date("2030-01-01T12:00:00Z"), remainingMs: (3 * 60 + 5) * 60_000, expired: false,
};

describe(formatStatusTable.name, () => {
  it("shows the profile, device and time left", () => {
    expect(formatStatusTable([session])).toBe(
      "PROFILE  KIND         DEVICE / ROLE         EXPIRES (UTC)     LEFT\ndev      mfa-session  arn:aws:iam::1:mfa/a  2030-01-01 12:00  3h 05m\n",
    );
  });

  it("says what to run when nothing is cached", () => {
    expect(formatStatusTable([])).toContain("mfa-session login");
  });

  it("names the profile asked for when no session serves it", () => {
    expect(formatStatusTable([], "dev")).toBe("No cached session serves profile dev. Run `mfa-session login --profile dev` to start one.\n");
  });
});

describe(formatStatusJson.name, () => {
  it("has no credentials in it", () => {
    expect(JSON.parse(formatStatusJson([session])).sessions[0]).toEqual({
      profile: "dev", kind: "mfa-session", sourceProfile: "dev-keys", mfaSerial: "arn:aws:iam::1:mfa/a",
      expiration: "2030-01-01T12:00:00Z", remainingSeconds: 11100, expired: false,
    });
  });
});
