import { describe, expect, it } from "vitest";
import { parseAuthorization } from "./parseAuthorization.js";

const SIG = "a".repeat(64);

describe(parseAuthorization.name, () => {
  it("reads the key, scope, signed headers and signature", () => {
    expect(parseAuthorization(`AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/eu-west-1/sts/aws4_request, SignedHeaders=Host;x-amz-date, Signature=${SIG}`)).toEqual({
      accessKeyId: "AKIDEXAMPLE", date: "20150830", region: "eu-west-1", service: "sts",
      scope: "20150830/eu-west-1/sts/aws4_request", signedHeaders: ["host", "x-amz-date"], signature: SIG,
    });
  });

  it("rejects other schemes, short scopes and non-hex signatures", () => {
    expect(parseAuthorization(`AWS AKID:sig`)).toBeUndefined();
    expect(parseAuthorization(`AWS4-HMAC-SHA256 Credential=AKID/20150830/sts/aws4_request, SignedHeaders=host, Signature=${SIG}`)).toBeUndefined();
    expect(parseAuthorization(`AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=zz`)).toBeUndefined();
    expect(parseAuthorization("AWS4-HMAC-SHA256 garbage")).toBeUndefined();
  });
});
