// The production AwsClientFactory: STS and IAM clients with explicit credentials, region and
// endpoint, standard retries (3 attempts, backoff with jitter for throttling and 5xx), and socket
// timeouts so a hung endpoint fails in about 40 s, not never. The SDK is imported on first use only.
import type { IamPort, StsPort } from "../ports/ports.js";
import type { AwsClientFactory, AwsClientOptions } from "./AwsClientFactory.js";
import { withoutSdkNodeVersionWarning } from "./withoutSdkNodeVersionWarning.js";

export interface CreateAwsClientsOptions {
  /** Time to open a TCP/TLS connection. */
  connectionTimeoutMs?: number;
  /** Time for one request and its response before it is abandoned (then retried). */
  requestTimeoutMs?: number;
  maxAttempts?: number;
}

export const DEFAULT_CONNECTION_TIMEOUT_MS = 5_000;
/**
 * Timeouts are retried like other transient errors: a server that accepts but never answers costs
 * 3 x 12 s plus backoff; one that never accepts, 3 x 5 s.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 12_000;

/** The handler's own warnings would land on stderr, which a credential_process keeps for people. */
const silentHandlerLogger = { trace() {}, debug() {}, info() {}, warn() {}, error() {} };

export function createAwsClients(options: CreateAwsClientsOptions = {}): AwsClientFactory {
  const clientConfig = async (client: AwsClientOptions) => {
    const { NodeHttpHandler } = await import("@smithy/node-http-handler");
    return {
      region: client.region,
      ...(client.endpoint === undefined ? {} : { endpoint: client.endpoint }),
      credentials: { ...client.credentials },
      maxAttempts: options.maxAttempts ?? 3,
      retryMode: "standard",
      requestHandler: new NodeHttpHandler({
        connectionTimeout: options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
        requestTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
        // Without this the handler only logs a warning and the request hangs on.
        throwOnRequestTimeout: true,
        logger: silentHandlerLogger,
      }),
    };
  };
  return {
    async sts(client: AwsClientOptions): Promise<StsPort> {
      const [{ STSClient }, config] = await Promise.all([import("@aws-sdk/client-sts"), clientConfig(client)]);
      return withoutSdkNodeVersionWarning(() => new STSClient(config));
    },
    async iam(client: AwsClientOptions): Promise<IamPort> {
      const [{ IAMClient }, config] = await Promise.all([import("@aws-sdk/client-iam"), clientConfig(client)]);
      return withoutSdkNodeVersionWarning(() => new IAMClient(config));
    },
  };
}
