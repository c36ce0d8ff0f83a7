// Shared vitest settings: every package's tests run with HOME and the AWS shared files pointed at a
// throw-away folder, so no test can read or write a real ~/.aws.
import { fileURLToPath } from "node:url";
import { defineConfig, type UserConfig } from "vitest/config";

const setupFile = fileURLToPath(new URL("./scripts/vitest.setup.ts", import.meta.url));

export function defineProjectConfig(overrides: UserConfig["test"] = {}): UserConfig {
  return defineConfig({
    test: {
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      setupFiles: [setupFile, ...toArray(overrides.setupFiles)],
      // scripts/test.mjs names the report of each Node lane (MFA_SESSION_VITEST_REPORT) and adds them up.
      reporters: ["default", ["json", { outputFile: process.env.MFA_SESSION_VITEST_REPORT ?? ".vitest-report.json" }]],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      ...withoutSetup(overrides),
    },
  });
}

function toArray(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function withoutSetup(overrides: NonNullable<UserConfig["test"]>): NonNullable<UserConfig["test"]> {
  const { setupFiles: _ignored, ...rest } = overrides;
  return rest;
}
