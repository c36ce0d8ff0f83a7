// Everything the demo stands on: an in-process sandbox with a user who must use MFA, two roles that
// require MFA, two EC2 instances, and a throw-away AWS config in a private temp folder (never the
// user's ~/.aws). dispose() stops the sandbox and removes the folder.
import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSandbox, type Sandbox } from "@mfa-session/sandbox";
import { getDemoEnv } from "./getDemoEnv.js";

export const DEMO_USER = "demo-user";
export const KEYS_PROFILE = "demo-keys";
export const ROLE_NAMES = ["DemoReadOnly", "DemoDeployer"] as const;

export interface DemoWorld {
  sandbox: Sandbox;
  dir: string;
  home: string;
  configFile: string;
  /** The environment every child (our CLI, the AWS CLI) gets: only the temp folder's config (getDemoEnv). */
  env: NodeJS.ProcessEnv;
  roleArns: string[];
  /** The serial setup will create (IAM names a virtual device arn:aws:iam::ACCOUNT:mfa/NAME). */
  expectedSerial: string;
  /** MFA sessions (GetSessionToken) the sandbox has issued to the demo user. */
  mfaSessionsIssued(): number;
  dispose(): Promise<void>;
}

export async function createDemoWorld(baseEnv: NodeJS.ProcessEnv): Promise<DemoWorld> {
  const dir = await mkdtemp(join(tmpdir(), "mfa-session-demo-"));
  const sandbox = await startSandbox().catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  const home = join(dir, "home");
  await mkdir(join(home, ".aws"), { recursive: true, mode: 0o700 });
  const user = sandbox.admin.createUser({ userName: DEMO_USER, requireMfa: true });
  const roleArns = ROLE_NAMES.map((roleName) => sandbox.admin.createRole({ roleName, requireMfa: true }).arn);
  sandbox.admin.seedInstances([
    { instanceId: "i-0demo00000000web", instanceType: "t3.micro", tags: { Name: "web" } },
    { instanceId: "i-0demo0000000jobs", instanceType: "t3.small", tags: { Name: "jobs" } },
  ]);
  const configFile = join(home, ".aws", "config");
  const credentialsFile = join(home, ".aws", "credentials");
  await writeFile(credentialsFile, `[${KEYS_PROFILE}]\naws_access_key_id = ${user.accessKeyId}\naws_secret_access_key = ${user.secretAccessKey}\n`, { mode: 0o600 });
  await writeFile(configFile, `# Throw-away config written by \`mfa-session demo\`.\n[profile ${KEYS_PROFILE}]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\n`, { mode: 0o600 });
  const env = getDemoEnv(baseEnv, {
    home, configFile, credentialsFile, cacheDir: join(home, ".aws", "mfa-session", "cache"), endpoint: sandbox.endpoint,
  });
  return {
    sandbox, dir, home, configFile, env, roleArns,
    expectedSerial: `arn:aws:iam::${sandbox.accountId}:mfa/${DEMO_USER}`,
    mfaSessionsIssued: () => sandbox.admin.countMfaSessions(DEMO_USER),
    async dispose() {
      await sandbox.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
