// The status bar on core's real config and session cache: for the active profile it follows the session
// that would serve that profile, found by the profile's cache keys, whichever profile created it.
import { writeFileSync } from "node:fs";
import { createSessionCache, getCacheDir, getSessionCacheKeys, loadProfile, systemClock } from "@mfa-session/core";
import { beforeAll, describe, expect, it } from "vitest";
import { createFakeWindow } from "../../test/fakeVscode.js";
import { createCoreServices } from "../services/createCoreServices.js";
import { createStatusBarController } from "./createStatusBarController.js";

const SERIAL = "arn:aws:iam::123456789012:mfa/alice";
const env = () => process.env;
const home = () => process.env.HOME!;

beforeAll(() => {
  writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, "[shared-keys]\naws_access_key_id = AKIAEXAMPLEKEYS00001\naws_secret_access_key = not-a-real-secret\n");
  // Two profiles on the same keys and device: one MFA session serves both.
  const profile = (name: string) =>
    `[profile ${name}]\nregion = us-east-1\nmfa_session_source_profile = shared-keys\nmfa_serial = ${SERIAL}\ncredential_process = mfa-session credential-process --profile ${name}\n`;
  writeFileSync(process.env.AWS_CONFIG_FILE!, [profile("a"), profile("dev")].join("\n"));
});

describe(createStatusBarController.name, () => {
  it("shows profile dev's time left from the MFA session profile a created on the same keys and device", async () => {
    const a = await loadProfile({ profile: "a", env: env(), homedir: home() });
    const cache = createSessionCache({ dir: getCacheDir({ env: env(), homedir: home() }) });
    const expiration = new Date(systemClock.now() + (2 * 60 + 30) * 60_000);
    await cache.write(getSessionCacheKeys(a).mfaSession, { kind: "mfa-session", profile: "a", sourceProfile: a.sourceProfile, mfaSerial: SERIAL }, {
      accessKeyId: "ASIAEXAMPLE", secretAccessKey: "session-secret", sessionToken: "session-token", expiration,
    });
    const services = createCoreServices({
      env: env(), homedir: home(), clock: systemClock, logger: { debug() {}, info() {}, warn() {} }, platform: "linux",
      getCliPath: () => undefined, codeProvider: async () => Promise.reject(new Error("no code expected")),
    });
    const fake = createFakeWindow();
    const warnings: string[] = [];
    const controller = createStatusBarController({
      window: fake.window as never,
      listSessions: (profile) => services.listSessions(profile),
      listProfiles: () => services.listProfiles(),
      getActiveProfile: () => "dev",
      getWarningThresholdMinutes: () => 15,
      clock: systemClock,
      logger: { debug() {}, info() {}, warn: (message) => void warnings.push(message) },
      command: "mfaSession.showSessions",
      every: () => ({ dispose() {} }),
    });
    await controller.refresh();
    expect(fake.statusBarItems[0]!.text).toMatch(/^\$\(unlock\) MFA dev 2h(29|30)m$/);
    expect(warnings).toEqual([]);
    controller.dispose();
  });
});
