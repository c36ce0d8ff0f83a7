import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getConfigPaths } from "./getConfigPaths.js";

const homedir = "/home/alice";

describe(getConfigPaths.name, () => {
  it("defaults to ~/.aws/config and ~/.aws/credentials", () => {
    expect(getConfigPaths({ env: {}, homedir })).toEqual({
      configFile: join(homedir, ".aws", "config"),
      credentialsFile: join(homedir, ".aws", "credentials"),
    });
  });

  it("uses AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE when set", () => {
    const env = { AWS_CONFIG_FILE: "/etc/aws/config", AWS_SHARED_CREDENTIALS_FILE: "/etc/aws/creds" };
    expect(getConfigPaths({ env, homedir })).toEqual({ configFile: "/etc/aws/config", credentialsFile: "/etc/aws/creds" });
  });

  it("expands a leading ~/ to the home folder", () => {
    const env = { AWS_CONFIG_FILE: "~/work/config", AWS_SHARED_CREDENTIALS_FILE: "~/work/credentials" };
    expect(getConfigPaths({ env, homedir })).toEqual({
      configFile: join(homedir, "work", "config"),
      credentialsFile: join(homedir, "work", "credentials"),
    });
  });

  it("ignores empty variables", () => {
    expect(getConfigPaths({ env: { AWS_CONFIG_FILE: " " }, homedir }).configFile).toBe(join(homedir, ".aws", "config"));
  });
});
