// `mfa-session sandbox [--port N] [--state FILE]`: a local IAM + STS + EC2 endpoint with real MFA
// semantics. Prints one JSON line (endpoint, account and admin key) on stdout, serves until stopped.
import { resolve } from "node:path";
import { UsageError, MfaSessionError } from "@mfa-session/core";
import { EXIT_OK, type CliIo, type Command } from "../io.js";
import { parseCommandArgs } from "../parseCommandArgs.js";

const help = `Usage: mfa-session sandbox [--port N] [--state FILE]

Starts a local AWS endpoint on 127.0.0.1 (IAM, STS and EC2 DescribeInstances) that verifies
Signature Version 4 and checks MFA codes like AWS does, for tests and the offline demo.
Prints one JSON line on stdout:
  {"endpoint":"http://127.0.0.1:PORT","region":"us-east-1","accountId":"123456789012",
   "accessKeyId":"AKIA...","secretAccessKey":"..."}
(an administrator key for the sandbox only), then serves until Ctrl-C or SIGTERM.

Options:
  --port N       port to listen on (default: a free port)
  --state FILE   keep the sandbox state in this JSON file (written atomically, mode 0600),
                 so users, devices and the admin key survive restarts; in memory otherwise
  -h, --help     show this help

Examples:
  mfa-session sandbox --port 4566
  AWS_ENDPOINT_URL=http://127.0.0.1:4566 aws sts get-caller-identity
`;

export interface SandboxCommandOptions {
  /** Resolves when the sandbox should stop; default: SIGINT or SIGTERM. */
  waitForStop?: () => Promise<void>;
}

function waitForSignal(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      done();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d+$/.test(value) || Number(value) > 65535) {
    throw new UsageError(`sandbox: --port must be a number from 0 to 65535 (got "${value}"). Run \`mfa-session sandbox --help\` for usage.`);
  }
  return Number(value);
}

function translateStartError(error: unknown, port: number, statePath: string | undefined): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EADDRINUSE") {
    return new UsageError(`sandbox: port ${port} on 127.0.0.1 is already in use; pass another --port, or leave it out for a free one.`, { cause: error });
  }
  if (statePath && error instanceof Error) {
    return new MfaSessionError(`sandbox: cannot use the state file: ${error.message}`, "CONFIG_INVALID", { cause: error });
  }
  return error;
}

export function createSandboxCommand(options: SandboxCommandOptions = {}): Command {
  return {
    summary: "run a local IAM + STS + EC2 endpoint with real MFA checks",
    help,
    async run(argv: string[], io: CliIo) {
      const { values } = parseCommandArgs("sandbox", argv, {
        port: { type: "string" },
        state: { type: "string" },
      });
      const port = parsePort(values.port);
      const { startSandbox } = await import("@mfa-session/sandbox");
      const statePath = values.state ? resolve(io.cwd, values.state) : undefined;
      const sandbox = await startSandbox({ port, ...(statePath ? { statePath } : {}) }).catch((error: unknown) => {
        throw translateStartError(error, port, statePath);
      });
      const stopped = (options.waitForStop ?? waitForSignal)();
      try {
        io.stdout.write(
          `${JSON.stringify({
            endpoint: sandbox.endpoint,
            region: sandbox.region,
            accountId: sandbox.accountId,
            accessKeyId: sandbox.admin.accessKeyId,
            secretAccessKey: sandbox.admin.secretAccessKey,
          })}\n`,
        );
        io.stderr.write(`mfa-session: sandbox listening on ${sandbox.endpoint} (account ${sandbox.accountId}); Ctrl-C to stop.\n`);
        await stopped;
      } finally {
        await sandbox.stop();
      }
      return EXIT_OK;
    },
  };
}

export const sandboxCommand = createSandboxCommand();
