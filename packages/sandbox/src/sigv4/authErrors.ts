// The authentication failures, with the codes and statuses each protocol family uses on the wire:
// IAM/STS (Query) and EC2 say different things for the same failure.
import { AwsWireError } from "../protocol/AwsWireError.js";
import type { WireProtocol } from "../protocol/renderResponse.js";

export type AuthFailure = "missing" | "malformed" | "unknownKey" | "badSignature" | "expired" | "wrongService" | "skewed";

const SIGNATURE_MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";
const EC2_AUTH_FAILURE = "AWS was not able to validate the provided access credentials";

export function authError(failure: AuthFailure, protocol: WireProtocol, detail = ""): AwsWireError {
  const ec2 = protocol === "ec2";
  switch (failure) {
    case "missing":
      return new AwsWireError("MissingAuthenticationToken", "Request is missing Authentication Token", ec2 ? 401 : 403);
    case "malformed":
      return new AwsWireError("IncompleteSignature", detail || "Authorization header is not a valid AWS Signature Version 4 header.", ec2 ? 401 : 403);
    case "unknownKey":
      return ec2 ? new AwsWireError("AuthFailure", EC2_AUTH_FAILURE, 401) : new AwsWireError("InvalidClientTokenId", "The security token included in the request is invalid.", 403);
    case "badSignature":
      return ec2 ? new AwsWireError("AuthFailure", EC2_AUTH_FAILURE, 401) : new AwsWireError("SignatureDoesNotMatch", SIGNATURE_MISMATCH, 403);
    case "expired":
      return ec2 ? new AwsWireError("RequestExpired", "Request has expired.", 400) : new AwsWireError("ExpiredToken", "The security token included in the request is expired", 403);
    case "skewed":
      return ec2 ? new AwsWireError("RequestExpired", "Request has expired.", 400) : new AwsWireError("SignatureDoesNotMatch", detail, 403);
    case "wrongService":
      return ec2 ? new AwsWireError("AuthFailure", EC2_AUTH_FAILURE, 401) : new AwsWireError("SignatureDoesNotMatch", `Credential should be scoped to correct service: '${detail}'. `, 403);
  }
}
