// Sends a raw, correctly signed POST to the sandbox: for tests of inputs no SDK would send.
import { request } from "node:http";
import { computeSignature, deriveSigningKey, formatCanonicalRequest, formatStringToSign, sha256Hex } from "../sigv4/computeSignature.js";

export interface RawResponse {
  status: number;
  body: string;
}

export interface SignedPostOptions {
  endpoint: string;
  service: string;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  body: string | Buffer;
  region?: string;
  /** Replace the Authorization header (e.g. with garbage); undefined sends a valid one. */
  authorization?: string | null;
}

export function signedPost(options: SignedPostOptions): Promise<RawResponse> {
  const url = new URL(options.endpoint);
  const body = typeof options.body === "string" ? Buffer.from(options.body) : options.body;
  const amzDate = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  const region = options.region ?? "us-east-1";
  const headers: Record<string, string> = {
    host: url.host,
    "content-type": "application/x-www-form-urlencoded; charset=utf-8",
    "x-amz-date": amzDate,
    ...(options.credentials.sessionToken ? { "x-amz-security-token": options.credentials.sessionToken } : {}),
  };
  const signedHeaders = Object.keys(headers).sort();
  const scope = `${amzDate.slice(0, 8)}/${region}/${options.service}/aws4_request`;
  const canonical = formatCanonicalRequest({ method: "POST", path: "/", query: "", headers, signedHeaders, payloadHash: sha256Hex(body) });
  const signature = computeSignature(deriveSigningKey(options.credentials.secretAccessKey, amzDate.slice(0, 8), region, options.service), formatStringToSign(amzDate, scope, canonical));
  const authorization = `AWS4-HMAC-SHA256 Credential=${options.credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders.join(";")}, Signature=${signature}`;
  const finalHeaders: Record<string, string | number> = { ...headers, "content-length": body.length };
  if (options.authorization !== null) finalHeaders.authorization = options.authorization ?? authorization;
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: "/", method: "POST", headers: finalHeaders }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** The <Code> of an AWS XML error body. */
export function errorCode(body: string): string | undefined {
  return /<Code>([^<]*)<\/Code>/.exec(body)?.[1];
}
