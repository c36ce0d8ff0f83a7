// How core gets STS and IAM clients: a factory injected everywhere, whose production default
// (createAwsClients.ts) imports the AWS SDK lazily, on the first network call only.
import type { AwsCredentials } from "../config/ResolvedProfile.js";
import type { IamPort, StsPort } from "../ports/ports.js";

export interface AwsClientOptions {
  region: string;
  /** Full endpoint URL override (sandbox, moto, LocalStack); undefined = AWS. */
  endpoint?: string;
  /** Explicit credentials: core never lets the SDK's default chain pick them (it could call us again). */
  credentials: AwsCredentials;
}

export interface AwsClientFactory {
  sts(options: AwsClientOptions): Promise<StsPort>;
  iam(options: AwsClientOptions): Promise<IamPort>;
}
