import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { formatExport } from "./export.js";

const credentials = { accessKeyId: "ASIAEXAMPLE", secretAccessKey: "se'cret", sessionToken: "tok/en+=", expiration: new Date("2030-01-02T03:04:05.678Z") };

describe(formatExport.name, () => {
  it("prints shell exports that survive quotes in values", () => {
    const text = formatExport(credentials, "env", "eu-west-1");
    const out = execFileSync("/bin/sh", ["-c", `${text}printf '%s|%s|%s' "$AWS_SECRET_ACCESS_KEY" "$AWS_CREDENTIAL_EXPIRATION" "$AWS_DEFAULT_REGION"`], { encoding: "utf8" });
    expect(out).toBe("se'cret|2030-01-02T03:04:05Z|eu-west-1");
  });

  it("prints the Version 1 JSON for process, and the STS shape for json", () => {
    expect(JSON.parse(formatExport(credentials, "process"))).toEqual({
      Version: 1, AccessKeyId: "ASIAEXAMPLE", SecretAccessKey: "se'cret", SessionToken: "tok/en+=", Expiration: "2030-01-02T03:04:05Z",
    });
    expect(JSON.parse(formatExport(credentials, "json"))).not.toHaveProperty("Version");
  });
});
