import { describe, expect, it } from "vitest";
import type { SessionCacheEntry } from "./SessionCache.js";
import { formatCacheEntry, parseCacheEntry } from "./parseCacheEntry.js";

const key = "0123456789abcdef".repeat(4);
const entry: SessionCacheEntry = {
  key,
  meta: { kind: "role", profile: "work", sourceProfile: "base", mfaSerial: "arn:aws:iam::123456789012:mfa/me", roleArn: "arn:aws:iam::123456789012:role/admin" },
  credentials: { accessKeyId: "ASIAEXAMPLE", secretAccessKey: "s3cr3t", sessionToken: "token", expiration: new Date("2026-01-15T10:00:00.000Z") },
  createdAt: new Date("2026-01-15T09:00:00.000Z"),
};

function mutate(change: (data: Record<string, any>) => void): string {
  const data = JSON.parse(formatCacheEntry(entry));
  change(data);
  return JSON.stringify(data);
}

describe(parseCacheEntry.name, () => {
  it("reads back what formatCacheEntry wrote", () => {
    expect(parseCacheEntry(formatCacheEntry(entry), key)).toEqual(entry);
  });

  it.each([
    ["truncated JSON", formatCacheEntry(entry).slice(0, 60)],
    ["empty text", ""],
    ["another tool's JSON", JSON.stringify({ AccessKeyId: "x", SecretAccessKey: "y" })],
    ["an array", "[]"],
    ["a wrong format", mutate((d) => (d.format = "aws-vault"))],
    ["a newer version", mutate((d) => (d.version = 2))],
    ["another key", mutate((d) => (d.key = "f".repeat(64)))],
    ["a bad expiration", mutate((d) => (d.credentials.expiration = "tomorrow"))],
    ["a date without zone", mutate((d) => (d.createdAt = "2026-01-15T09:00:00"))],
    ["an impossible date", mutate((d) => (d.createdAt = "2026-02-31T09:00:00Z"))],
    ["a missing session token", mutate((d) => delete d.credentials.sessionToken)],
    ["a numeric access key", mutate((d) => (d.credentials.accessKeyId = 42))],
    ["an unknown kind", mutate((d) => (d.meta.kind = "sso"))],
    ["a missing profile", mutate((d) => delete d.meta.profile)],
  ])("refuses %s", (_name, text) => {
    expect(parseCacheEntry(text, key)).toBeUndefined();
  });
});
