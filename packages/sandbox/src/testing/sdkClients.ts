// SDK v3 clients pointed at a sandbox (or moto), for tests: one attempt, so injected faults show.
import { EC2Client } from "@aws-sdk/client-ec2";
import { IAMClient } from "@aws-sdk/client-iam";
import { STSClient } from "@aws-sdk/client-sts";

export interface TestCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export function sdkClients(endpoint: string, credentials: TestCredentials, region = "us-east-1") {
  const config = { endpoint, region, credentials, maxAttempts: 1 };
  return {
    iam: new IAMClient(config),
    sts: new STSClient(config),
    ec2: new EC2Client(config),
  };
}
