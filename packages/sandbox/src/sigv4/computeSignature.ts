// Pure AWS Signature Version 4 arithmetic: canonical request, string to sign, signing key, signature.
// Used by the verifier and by the test signer, so both sides share one definition.
import { createHash, createHmac } from "node:crypto";

export interface CanonicalRequestInput {
  method: string;
  /** The path as sent on the wire (already percent-encoded), without the query string. */
  path: string;
  /** The raw query string, without "?". */
  query: string;
  /** Lower-case header names to their values (multi-valued headers already joined with ","). */
  headers: Record<string, string>;
  signedHeaders: readonly string[];
  payloadHash: string;
}

export function sha256Hex(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** RFC 3986 encoding as SigV4 wants it: everything but unreserved characters, upper-case hex. */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function canonicalPath(path: string): string {
  if (path === "" || path === "/") return "/";
  // Non-S3 services encode the already-encoded path segments once more.
  return path.split("/").map((segment) => encodeRfc3986(segment)).join("/");
}

function decodeQueryComponent(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return value;
  }
}

function canonicalQuery(query: string): string {
  if (query === "") return "";
  const pairs = query
    .split("&")
    .filter((part) => part !== "")
    .map((part) => {
      const eq = part.indexOf("=");
      const key = eq === -1 ? part : part.slice(0, eq);
      const value = eq === -1 ? "" : part.slice(eq + 1);
      return [encodeRfc3986(decodeQueryComponent(key)), encodeRfc3986(decodeQueryComponent(value))] as const;
    })
    .filter(([key]) => key !== "X-Amz-Signature");
  pairs.sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join("&");
}

function canonicalHeaderValue(value: string): string {
  return value.trim().replace(/\s+/g, " ");
}

export function formatCanonicalRequest(input: CanonicalRequestInput): string {
  const headerLines = input.signedHeaders.map((name) => `${name}:${canonicalHeaderValue(input.headers[name] ?? "")}\n`).join("");
  return [
    input.method.toUpperCase(),
    canonicalPath(input.path),
    canonicalQuery(input.query),
    headerLines,
    input.signedHeaders.join(";"),
    input.payloadHash,
  ].join("\n");
}

export function formatStringToSign(amzDate: string, scope: string, canonicalRequest: string): string {
  return ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
}

export function deriveSigningKey(secretAccessKey: string, date: string, region: string, service: string): Buffer {
  const kDate = createHmac("sha256", `AWS4${secretAccessKey}`).update(date).digest();
  const kRegion = createHmac("sha256", kDate).update(region).digest();
  const kService = createHmac("sha256", kRegion).update(service).digest();
  return createHmac("sha256", kService).update("aws4_request").digest();
}

export function computeSignature(signingKey: Buffer, stringToSign: string): string {
  return createHmac("sha256", signingKey).update(stringToSign).digest("hex");
}
