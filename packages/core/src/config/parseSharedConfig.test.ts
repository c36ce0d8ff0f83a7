import { describe, expect, it } from "vitest";
import { parseSharedConfig } from "./parseSharedConfig.js";

function parse(configText: string, credentialsText = "") {
  return parseSharedConfig({ configText, credentialsText, configFile: "/c/config", credentialsFile: "/c/credentials" });
}

describe(parseSharedConfig.name, () => {
  it("reads [default] and [profile x] from the config file and [x] from the credentials file", () => {
    const config = parse("[default]\nregion = eu-west-1\n[profile work]\nregion = us-west-2\n", "[base]\naws_access_key_id = AKIDBASE\n");
    expect({ ...config.profiles.default }).toEqual({ region: "eu-west-1" });
    expect({ ...config.profiles.work }).toEqual({ region: "us-west-2" });
    expect({ ...config.profiles.base }).toEqual({ aws_access_key_id: "AKIDBASE" });
  });

  it("lets credentials-file keys override config-file keys of the same profile", () => {
    const config = parse(
      "[profile work]\naws_access_key_id = FROMCONFIG\nregion = eu-west-1\n",
      "[work]\naws_access_key_id = FROMCREDENTIALS\n",
    );
    expect({ ...config.profiles.work }).toEqual({ aws_access_key_id: "FROMCREDENTIALS", region: "eu-west-1" });
  });

  it("treats [profile x] in the credentials file as a profile literally named 'profile x', as botocore does", () => {
    expect(Object.keys(parse("", "[profile x]\nregion = a\n").profiles)).toEqual(["profile x"]);
  });

  it("reads nested [services] sections per service", () => {
    const config = parse(
      "[profile local]\nservices = sandbox\n[services sandbox]\nsts =\n  endpoint_url = http://127.0.0.1:4566\niam =\n  endpoint_url = http://127.0.0.1:4567\n",
    );
    expect(config.profiles.local?.services).toBe("sandbox");
    expect(config.services.sandbox?.sts?.endpoint_url).toBe("http://127.0.0.1:4566");
    expect(config.services.sandbox?.iam?.endpoint_url).toBe("http://127.0.0.1:4567");
  });

  it("reads [sso-session] sections and ignores unknown sections", () => {
    const config = parse("[sso-session corp]\nsso_region = eu-west-1\n[plugins]\nx = y\n[preview]\ncloudfront = true\n");
    expect(config.ssoSessions.corp?.sso_region).toBe("eu-west-1");
    expect(Object.keys(config.profiles)).toEqual([]);
  });

  it("keeps profile names with dots, keys as written (x[] too) and values that look like booleans as strings", () => {
    const config = parse("[profile team.prod]\nmfa_session_assume_role_directly = true\nx[] = 1\n");
    expect(config.profiles["team.prod"]?.mfa_session_assume_role_directly).toBe("true");
    expect(config.profiles["team.prod"]?.["x[]"]).toBe("1");
  });

  it("reads key: value as botocore does, splitting at the first = or :", () => {
    const config = parse("[default]\nregion: eu-west-1\noutput : json\nweird:key = v\nurl = http://x:1\n");
    expect({ ...config.profiles.default }).toEqual({ region: "eu-west-1", output: "json", weird: "key = v", url: "http://x:1" });
  });

  it("reads quoted profile names as botocore does (shell words), and ignores a header it cannot split in two", () => {
    const config = parse("[profile \"my dev\"]\nregion = a\n[profile 'it is']\nregion = b\n[sso-session \"corp\"]\nsso_region = c\n[profile \"open]\nregion = d\n[profile x y]\nregion = e\n");
    expect(Object.keys(config.profiles)).toEqual(["my dev", "it is"]);
    expect(config.ssoSessions.corp?.sso_region).toBe("c");
  });

  it("reads profiles and keys named __proto__, constructor and prototype as ordinary names, touching no prototype", () => {
    const config = parse(
      "[profile __proto__]\nregion = a\n[profile constructor]\nregion = b\n[profile prototype]\n__proto__ = c\nconstructor = d\n[services __proto__]\nsts =\n  __proto__ = e\n",
      "[__proto__]\naws_access_key_id = AKIDPROTO\n",
    );
    expect(Object.keys(config.profiles)).toEqual(["__proto__", "constructor", "prototype"]);
    expect(config.profiles["__proto__"]?.region).toBe("a");
    expect(config.profiles["__proto__"]?.aws_access_key_id).toBe("AKIDPROTO");
    expect(config.profiles["constructor"]?.region).toBe("b");
    expect(Object.keys(config.profiles.prototype!)).toEqual(["__proto__", "constructor"]);
    expect(config.services["__proto__"]?.sts?.["__proto__"]).toBe("e");
    expect(Object.getPrototypeOf(config.profiles["__proto__"])).toBeNull();
    expect(({} as Record<string, unknown>).region).toBeUndefined();
  });

  it("names the credentials file when that one is malformed", () => {
    expect(() => parse("", "[base\n")).toThrow(/\/c\/credentials line 1/);
  });

  it("records the files it parsed, for messages", () => {
    expect(parse("").files).toEqual({ configFile: "/c/config", credentialsFile: "/c/credentials" });
  });
});
