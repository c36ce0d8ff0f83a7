import { describe, expect, it } from "vitest";
import { computeSignature, deriveSigningKey, formatCanonicalRequest, formatStringToSign, sha256Hex } from "./computeSignature.js";

// The "get-vanilla" case of AWS's published Signature Version 4 test suite.
const SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

describe(computeSignature.name, () => {
  it("reproduces the signature of AWS's get-vanilla test vector", () => {
    const canonical = formatCanonicalRequest({
      method: "GET",
      path: "/",
      query: "",
      headers: { host: "example.amazonaws.com", "x-amz-date": "20150830T123600Z" },
      signedHeaders: ["host", "x-amz-date"],
      payloadHash: sha256Hex(""),
    });
    expect(canonical).toBe(
      "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
    const stringToSign = formatStringToSign("20150830T123600Z", "20150830/us-east-1/service/aws4_request", canonical);
    const signature = computeSignature(deriveSigningKey(SECRET, "20150830", "us-east-1", "service"), stringToSign);
    expect(signature).toBe("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
  });

  it("sorts and encodes query parameters and collapses header whitespace", () => {
    const canonical = formatCanonicalRequest({
      method: "post",
      path: "/a b",
      query: "b=2&a=x%20y&a=1",
      headers: { host: "h", "x-amz-meta": "  one   two  " },
      signedHeaders: ["host", "x-amz-meta"],
      payloadHash: "UNSIGNED-PAYLOAD",
    });
    expect(canonical.split("\n").slice(0, 5)).toEqual(["POST", "/a%20b", "a=1&a=x%20y&b=2", "host:h", "x-amz-meta:one two"]);
  });
});
