// The production AwsClientFactory: STS and IAM clients with explicit credentials, region and
// endpoint, standard retries (3 attempts, backoff with jitter for throttling and 5xx), and socket
// timeouts so a hung endpoint fails in well under a minute. The SDK is imported on first use only.
import type { IamPort, StsPort } from "../ports/ports.js";
import type { AwsClientFactory, AwsClientOptions } from "./AwsClientFactory.js";
import { withoutSdkNodeVersionWarning } from "./withoutSdkNodeVersionWarning.js";

export interface CreateAwsClientsOptions {
  /** Time to open a TCP/TLS connection. */
  connectionTimeoutMs?: number;
  /** Time without response data before a request is abandoned (then retried). */
  requestTimeoutMs?: number;
  maxAttempts?: number;
}

export const DEFAULT_CONNECTION_TIMEOUT_MS = 5_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

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
