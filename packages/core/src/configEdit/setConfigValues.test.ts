import { describe, expect, it } from "vitest";
import { setConfigValues } from "./setConfigValues.js";

const messy = [
  "# my AWS config — hand written, keep it",
  "[default]",
  "region=eu-west-1   ; trailing comment",
  "",
  "[profile   work ]",
  "  # indented comment",
  "source_profile\t=  base",
  "s3 =",
  "    max_concurrent_requests = 20",
  "",
  "; between sections",
  "[sso-session corp]",
  "sso_start_url = https://corp.awsapps.com/start",
  "sso_registration_scopes = sso:account:access",
  "",
  "[services local]",
  "sts =",
  "  endpoint_url = http://127.0.0.1:4566",
  "",
].join("\n");

describe(setConfigValues.name, () => {
  it("appends a new section at the end and leaves every other byte alone", () => {
    const result = setConfigValues(messy, [{ section: "profile dev", set: [{ key: "credential_process", value: "mfa-session credential-process --profile dev" }] }]);
    expect(result.text.startsWith(messy)).toBe(true);
    expect(result.text.slice(messy.length)).toBe("\n[profile dev]\ncredential_process = mfa-session credential-process --profile dev\n");
  });

  it("adds a blank line before a new section when the file does not end with one", () => {
    const result = setConfigValues("[default]\nregion = us-east-1", [{ section: "profile a", set: [{ key: "k", value: "v" }] }]);
    expect(result.text).toBe("[default]\nregion = us-east-1\n\n[profile a]\nk = v\n");
  });

  it("adds a missing key after the section's last key and its sub-properties", () => {
    const result = setConfigValues(messy, [{ section: "profile work", set: [{ key: "mfa_serial", value: "arn:aws:iam::1:mfa/me" }] }]);
    const lines = result.text.split("\n");
    expect(lines.indexOf("mfa_serial = arn:aws:iam::1:mfa/me")).toBe(lines.indexOf("    max_concurrent_requests = 20") + 1);
    expect(result.text.replace("mfa_serial = arn:aws:iam::1:mfa/me\n", "")).toBe(messy);
  });

  it("replaces only the value of an existing key, keeping the spacing before it", () => {
    const result = setConfigValues(messy, [{ section: "profile work", set: [{ key: "source_profile", value: "other" }] }]);
    expect(result.text).toBe(messy.replace("source_profile\t=  base", "source_profile\t=  other"));
    expect(result.changes).toEqual([{ kind: "set", section: "profile work", key: "source_profile", previous: "base" }]);
  });

  it("keeps an existing value when the edit only fills in missing keys", () => {
    const result = setConfigValues(messy, [{ section: "profile work", set: [{ key: "source_profile", value: "other", onlyIfMissing: true }] }]);
    expect(result.changed).toBe(false);
    expect(result.text).toBe(messy);
  });

  it("does not mistake a sub-property for a key of the section", () => {
    const result = setConfigValues(messy, [{ section: "services local", set: [{ key: "endpoint_url", value: "x" }] }]);
    expect(result.text).toContain("  endpoint_url = http://127.0.0.1:4566\nendpoint_url = x\n");
  });

  it("removes a key and its sub-properties", () => {
    const result = setConfigValues(messy, [{ section: "profile work", set: [], remove: ["s3"] }]);
    expect(result.text).toBe(messy.replace("s3 =\n    max_concurrent_requests = 20\n", ""));
  });

  it("keeps CRLF line endings and adds lines with CRLF", () => {
    const crlf = "[default]\r\nregion = us-east-1\r\n";
    const result = setConfigValues(crlf, [{ section: "default", set: [{ key: "output", value: "json" }] }]);
    expect(result.text).toBe("[default]\r\nregion = us-east-1\r\noutput = json\r\n");
  });

  it("adds a key to a section whose last line has no newline", () => {
    const result = setConfigValues("[default]\nregion = x", [{ section: "default", set: [{ key: "output", value: "json" }] }]);
    expect(result.text).toBe("[default]\nregion = x\noutput = json\n");
  });

  it("creates the file's first section in an empty text", () => {
    expect(setConfigValues("", [{ section: "profile a", set: [{ key: "k", value: "v" }] }]).text).toBe("[profile a]\nk = v\n");
  });

  it("refuses values that would inject a new line", () => {
    expect(() => setConfigValues("", [{ section: "profile a", set: [{ key: "k", value: "v\n[evil]" }] }])).toThrow(TypeError);
  });

  it("replaces the value of a key: value line and keeps its colon", () => {
    const result = setConfigValues("[default]\nregion: eu-west-1\noutput:json\n", [{ section: "default", set: [{ key: "region", value: "us-east-1" }, { key: "output", value: "text" }] }]);
    expect(result.text).toBe("[default]\nregion: us-east-1\noutput: text\n");
  });

  it("edits a quoted profile header in place instead of adding a second section", () => {
    const text = '[profile "my dev"]\nregion = a\n';
    expect(setConfigValues(text, [{ section: 'profile "my dev"', set: [{ key: "mfa_serial", value: "x" }] }]).text).toBe('[profile "my dev"]\nregion = a\nmfa_serial = x\n');
    expect(setConfigValues("[profile 'dev']\nregion = a\n", [{ section: "profile dev", set: [{ key: "region", value: "b" }] }]).text).toBe("[profile 'dev']\nregion = b\n");
    expect(setConfigValues("[profile default]\nregion = a\n", [{ section: "default", set: [{ key: "region", value: "b" }] }]).text).toBe("[profile default]\nregion = b\n");
  });

  it("finds a key whatever its case, as botocore does, instead of adding a duplicate", () => {
    expect(setConfigValues("[default]\nRegion = a\n", [{ section: "default", set: [{ key: "region", value: "b" }] }]).text).toBe("[default]\nRegion = b\n");
  });
});
