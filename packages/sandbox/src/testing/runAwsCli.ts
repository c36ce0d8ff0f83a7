// Runs an AWS CLI (v1 from pip as `aws`, v2 from Debian at /usr/bin/aws) against the sandbox with
// credentials passed by environment only and private, empty config files.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export function createAwsCliRunner(bin: string, endpoint: string) {
  const home = mkdtempSync(join(tmpdir(), "sandbox-awscli-"));
  writeFileSync(join(home, "config"), "", { mode: 0o600 });
  writeFileSync(join(home, "credentials"), "", { mode: 0o600 });
  return {
    home,
    run(args: string[], credentials: CliCredentials, options: { useEnvEndpoint?: boolean } = {}): Promise<CliResult> {
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        HOME: home,
        AWS_CONFIG_FILE: join(home, "config"),
        AWS_SHARED_CREDENTIALS_FILE: join(home, "credentials"),
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
        AWS_DEFAULT_REGION: "us-east-1",
        AWS_PAGER: "",
        AWS_MAX_ATTEMPTS: "1",
        AWS_EC2_METADATA_DISABLED: "true",
        ...(credentials.sessionToken ? { AWS_SESSION_TOKEN: credentials.sessionToken } : {}),
        ...(options.useEnvEndpoint ? { AWS_ENDPOINT_URL: endpoint } : {}),
      };
      const fullArgs = options.useEnvEndpoint ? [...args, "--output", "json"] : ["--endpoint-url", endpoint, ...args, "--output", "json"];
      return new Promise((resolve) => {
        execFile(bin, fullArgs, { env, cwd: home, timeout: 60_000 }, (error, stdout, stderr) => {
          const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
          resolve({ code, stdout, stderr });
        });
      });
    },
  };
}
