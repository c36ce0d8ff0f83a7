import { describe, expect, it } from "vitest";
import type { GetCredentialsResult } from "@mfa-session/core";
import { getChildEnv } from "./exec.js";

const result = {
  credentials: { accessKeyId: "ASIANEW", secretAccessKey: "new-secret", sessionToken: "new-token", expiration: new Date("2030-01-02T03:04:05.678Z") },
  profile: { region: "eu-west-1" },
} as unknown as GetCredentialsResult;

describe(getChildEnv.name, () => {
  it("sets the session, removes the profile variables and keeps everything else", () => {
    const env = getChildEnv({ PATH: "/bin", AWS_PROFILE: "dev", AWS_DEFAULT_PROFILE: "dev", AWS_ACCESS_KEY_ID: "AKIAOLD" }, result, "linux");
    expect(env).toEqual({
      PATH: "/bin", AWS_ACCESS_KEY_ID: "ASIANEW", AWS_SECRET_ACCESS_KEY: "new-secret", AWS_SESSION_TOKEN: "new-token",
      AWS_CREDENTIAL_EXPIRATION: "2030-01-02T03:04:05Z", AWS_REGION: "eu-west-1", AWS_DEFAULT_REGION: "eu-west-1",
    });
  });

  it("keeps POSIX names case-sensitive: aws_profile is another variable there", () => {
    expect(getChildEnv({ aws_profile: "dev" }, result, "linux").aws_profile).toBe("dev");
  });

  it("on Windows, drops the profile and old keys whatever their case, keeps Windows' own variables, and a set region", () => {
    const env = getChildEnv({
      Path: "C:\\tools", SystemRoot: "C:\\Windows", ComSpec: "C:\\Windows\\system32\\cmd.exe", PATHEXT: ".EXE;.CMD",
      aws_profile: "dev", Aws_Access_Key_Id: "AKIAOLD", aws_region: "us-west-2",
    }, result, "win32");
    expect(env).toEqual({
      Path: "C:\\tools", SystemRoot: "C:\\Windows", ComSpec: "C:\\Windows\\system32\\cmd.exe", PATHEXT: ".EXE;.CMD", aws_region: "us-west-2",
      AWS_ACCESS_KEY_ID: "ASIANEW", AWS_SECRET_ACCESS_KEY: "new-secret", AWS_SESSION_TOKEN: "new-token",
      AWS_CREDENTIAL_EXPIRATION: "2030-01-02T03:04:05Z", AWS_DEFAULT_REGION: "eu-west-1",
    });
  });
});
