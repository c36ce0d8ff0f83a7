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

  it("prints PowerShell assignments in single quotes, doubling every quote PowerShell reads as single", () => {
    expect(formatExport({ ...credentials, secretAccessKey: "it's\u2019x" }, "powershell", "eu-west-1")).toBe([
      "$Env:AWS_ACCESS_KEY_ID = 'ASIAEXAMPLE'",
      "$Env:AWS_SECRET_ACCESS_KEY = 'it''s\u2019\u2019x'",
      "$Env:AWS_SESSION_TOKEN = 'tok/en+='",
      "$Env:AWS_CREDENTIAL_EXPIRATION = '2030-01-02T03:04:05Z'",
      "$Env:AWS_REGION = 'eu-west-1'",
      "$Env:AWS_DEFAULT_REGION = 'eu-west-1'",
      "",
    ].join("\n"));
  });

  it("prints cmd.exe set commands, quoted so & ^ | < > stay in the value", () => {
    expect(formatExport({ ...credentials, secretAccessKey: "a&b^c" }, "cmd")).toBe([
      'set "AWS_ACCESS_KEY_ID=ASIAEXAMPLE"',
      'set "AWS_SECRET_ACCESS_KEY=a&b^c"',
      'set "AWS_SESSION_TOKEN=tok/en+="',
      'set "AWS_CREDENTIAL_EXPIRATION=2030-01-02T03:04:05Z"',
      "",
    ].join("\r\n"));
  });

  it("refuses a value cmd.exe would expand or cut, without printing it", () => {
    for (const bad of ["50%off", 'say"', "bang!", "two\nlines"]) {
      expect(() => formatExport({ ...credentials, sessionToken: bad }, "cmd")).toThrow(/AWS_SESSION_TOKEN.*--format powershell/);
      try { formatExport({ ...credentials, sessionToken: bad }, "cmd"); } catch (error) { expect((error as Error).message).not.toContain(bad); }
    }
  });

  it("prints the Version 1 JSON for process, and the STS shape for json", () => {
    expect(JSON.parse(formatExport(credentials, "process"))).toEqual({
      Version: 1, AccessKeyId: "ASIAEXAMPLE", SecretAccessKey: "se'cret", SessionToken: "tok/en+=", Expiration: "2030-01-02T03:04:05Z",
    });
    expect(JSON.parse(formatExport(credentials, "json"))).not.toHaveProperty("Version");
  });
});
