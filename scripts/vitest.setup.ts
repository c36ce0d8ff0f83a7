// Runs before every test file: a private HOME and AWS shared files in a temp folder, and no AWS
// variables inherited from the machine, so no test can touch a real ~/.aws or real credentials.
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

const home = mkdtempSync(join(tmpdir(), "mfa-session-test-home-"));
mkdirSync(join(home, ".aws"), { recursive: true, mode: 0o700 });

// The toolchain folders are the test run's own (scripts/install-node.sh, the code-server lane), not
// settings of mfa-session: they must reach the tests, or CI's empty folder is silently replaced by a warm one.
const TOOLCHAIN_VARIABLES = new Set(["MFA_SESSION_TOOLCHAIN_DIR", "MFA_SESSION_E2E_BASE"]);
for (const name of Object.keys(process.env)) {
  if (TOOLCHAIN_VARIABLES.has(name)) continue;
  if (name.startsWith("AWS_") || name.startsWith("MFA_SESSION_")) delete process.env[name];
}
process.env.HOME = home;
process.env.USERPROFILE = home;
process.env.AWS_CONFIG_FILE = join(home, ".aws", "config");
process.env.AWS_SHARED_CREDENTIALS_FILE = join(home, ".aws", "credentials");
process.env.MFA_SESSION_CACHE_DIR = join(home, ".aws", "mfa-session", "cache");
process.env.AWS_EC2_METADATA_DISABLED = "true";

afterAll(() => {
  rmSync(home, { recursive: true, force: true });
});
