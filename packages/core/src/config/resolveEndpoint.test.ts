import { describe, expect, it } from "vitest";
import { parseSharedConfig } from "./parseSharedConfig.js";
import { resolveEndpoint, resolveEndpoints } from "./resolveEndpoint.js";

const text = [
  "[profile local]",
  "services = sandbox",
  "endpoint_url = http://profile:1",
  "[services sandbox]",
  "sts =",
  "  endpoint_url = http://services-sts:2",
].join("\n");
const config = parseSharedConfig({ configText: text, credentialsText: "", configFile: "c", credentialsFile: "k" });
const profile = config.profiles.local ?? {};

function endpoint(service: "sts" | "iam" | "ec2", env: Record<string, string> = {}, settings = profile) {
  return resolveEndpoint(service, { profileName: "local", profile: settings, config, env });
}

describe(resolveEndpoint.name, () => {
  it("prefers AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL, then [services], then endpoint_url", () => {
    const env = { AWS_ENDPOINT_URL_STS: "http://env-sts:3", AWS_ENDPOINT_URL: "http://env-all:4" };
    expect(endpoint("sts", env)).toBe("http://env-sts:3");
    expect(endpoint("sts", { AWS_ENDPOINT_URL: "http://env-all:4" })).toBe("http://env-all:4");
    expect(endpoint("sts")).toBe("http://services-sts:2");
    expect(endpoint("iam")).toBe("http://profile:1");
    expect(endpoint("iam", { AWS_ENDPOINT_URL_IAM: "http://env-iam:5" })).toBe("http://env-iam:5");
    expect(endpoint("ec2", { AWS_ENDPOINT_URL_EC2: "http://env-ec2:6" })).toBe("http://env-ec2:6");
  });

  it("returns nothing when no override is configured", () => {
    expect(endpoint("sts", {}, Object.create(null) as Record<string, string>)).toBeUndefined();
  });

  it("ignores every configured endpoint when AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is true", () => {
    expect(endpoint("sts", { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "true", AWS_ENDPOINT_URL_STS: "http://env-sts:3" })).toBeUndefined();
    expect(endpoint("iam", { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "TRUE" })).toBeUndefined();
  });

  it("honours ignore_configured_endpoint_urls in the profile unless the variable says false", () => {
    const ignoring = { ...profile, ignore_configured_endpoint_urls: "true" };
    expect(endpoint("sts", {}, ignoring)).toBeUndefined();
    expect(endpoint("sts", { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "false" }, ignoring)).toBe("http://services-sts:2");
  });

  it("refuses a services name with no section, and a value that is not an http(s) URL", () => {
    expect(() => endpoint("sts", {}, { services: "missing" })).toThrow(/no \[services missing\] section/);
    expect(() => endpoint("sts", { AWS_ENDPOINT_URL_STS: "not a url" })).toThrow(expect.objectContaining({ code: "CONFIG_INVALID" }));
    expect(() => endpoint("sts", { AWS_ENDPOINT_URL_STS: "ftp://x" })).toThrow(/https:\/\/ or http:\/\//);
  });
});

describe(resolveEndpoints.name, () => {
  it("fills only the services that have an override", () => {
    const settings = { services: "sandbox" };
    expect(resolveEndpoints({ profileName: "local", profile: settings, config, env: {} })).toEqual({ sts: "http://services-sts:2" });
  });
});
