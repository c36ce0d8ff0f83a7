// Runs scripts/e2e.sh (code-server + headless Chromium: the extension-host mocha suite and the
// Playwright UI test against the sandbox) so the root `pnpm test` covers the real VS Code too.
// A cold run installs code-server first (3-5 minutes on 2 cores); a warm one takes about a minute.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "test-artifacts");

interface SuiteResult {
  passed: number;
  failed: number;
  tests: Array<{ title: string; state: string; error?: string }>;
}
interface Summary {
  extensionHost: SuiteResult;
  ui: SuiteResult;
  screenshots: Array<{ file: string; bytes: number }>;
  /** scripts/e2e.sh's scan of everything the run captured (test/e2e/scanSecrets.cjs). */
  secretScan: { files: string[]; bytes: number; secrets: number; codes: number; leaks: Array<{ file: string; what: string }>; error?: string };
}

let exitCode: number | null = null;
let output = "";
let summary: Summary;

beforeAll(async () => {
  exitCode = await new Promise<number | null>((resolve, reject) => {
    // HOME is the test's temp home; the toolchain cache lives outside the repo, shared across runs.
    const child = spawn("bash", [join(root, "scripts", "e2e.sh")], { cwd: root, env: { ...process.env, E2E_OUT: out }, stdio: ["ignore", "pipe", "pipe"] });
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 200_000) output = output.slice(-100_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", reject);
    child.on("close", resolve);
  });
  const file = join(out, "e2e-summary.json");
  if (!existsSync(file)) throw new Error(`scripts/e2e.sh wrote no summary (exit ${exitCode}):\n${output.slice(-6000)}`);
  summary = JSON.parse(readFileSync(file, "utf8")) as Summary;
}, 15 * 60_000);

const failures = (suite: SuiteResult) => suite.tests.filter((test) => test.state !== "passed").map((test) => `${test.title}: ${test.error}`);

describe("the extension in code-server", () => {
  it("passes every extension-host test (activation, commands, socket auth, terminal variable)", () => {
    expect(failures(summary.extensionHost)).toEqual([]);
    expect(summary.extensionHost).toMatchObject({ passed: 6, failed: 0 });
  });

  it("passes the UI test: first start with no profile (welcome view, no status bar item), walkthrough step, Configure Profile, terminal prompt, wrong then right code, identity, status bar, Escape, session actions, the view's inline actions, the warnings before and at expiry (the extension's clock moved) with Renew, device set-up webview", () => {
    expect(failures(summary.ui)).toEqual([]);
    expect(summary.ui).toMatchObject({ passed: 15, failed: 0 });
  });

  it("saves a non-empty screenshot of every step as a test artifact", () => {
    const files = summary.screenshots.map((shot) => shot.file);
    expect(files).toEqual([
      "01-first-start-welcome.png", "02-walkthrough.png", "03-configure-profile-diff.png", "04-workbench.png", "05-code-prompt.png",
      "06-wrong-code-reprompt.png", "07-terminal-identity.png", "08-status-bar-session.png", "09-escape-cancelled.png", "10-session-actions.png",
      "11-view-session.png", "12-view-signed-out.png", "13-expiry-warning.png", "14-session-expired.png", "15-device-setup-qr.png", "16-device-enabled.png",
    ]);
    for (const file of files) expect(statSync(join(out, "screenshots", file)).size).toBeGreaterThan(5_000);
  });

  it("leaks no key, session token, seed or MFA code into any log, output channel or terminal text it captured", () => {
    const scan = summary.secretScan;
    console.log(`secret scan: ${scan.files?.length} files, ${scan.bytes} chars, ${scan.secrets} secrets, ${scan.codes} codes, leaks ${JSON.stringify(scan.leaks)}`);
    expect(scan.error).toBeUndefined();
    expect(scan.leaks).toEqual([]);
    expect(scan.secrets).toBeGreaterThanOrEqual(5); // admin, alice, bob, alice's seed, her session
    expect(scan.files).toEqual(expect.arrayContaining(["code-server.log", "sandbox.log", "ui-terminal.txt", "extension-host-console.log"]));
    expect(scan.files.some((file) => /mfa/i.test(file))).toBe(true); // the extension's output channel log
  });

  it("exits 0 after building the .vsix and installing it into code-server", () => {
    expect(output).toContain("[e2e] installed the .vsix into code-server");
    // CI points the toolchain folder at an empty one to prove a cold install: it must be the one used.
    const base = process.env.MFA_SESSION_E2E_BASE ?? process.env.MFA_SESSION_TOOLCHAIN_DIR;
    if (base !== undefined) expect(output).toContain(`code-server ready: ${base}/cs/`);
    expect(exitCode).toBe(0);
  });
});
