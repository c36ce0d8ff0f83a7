import { describe, expect, it } from "vitest";
import { getElectronTestOptions } from "./getElectronTestOptions.js";

const run = {
  vscodeExecutablePath: "/cache/vscode-linux-x64-1.99.0/code",
  extensionDir: "/repo/apps/vscode",
  workspace: "/run/ws",
  userDataDir: "/run/udd",
  extensionsDir: "/run/exts",
  env: { AWS_PROFILE: undefined, HOME: "/run/home", AWS_CONFIG_FILE: "/run/home/.aws/config" },
};

describe(getElectronTestOptions.name, () => {
  it("runs the bundled mocha suite against the extension's folder, in the VS Code it was given", () => {
    const options = getElectronTestOptions(run);
    expect(options.vscodeExecutablePath).toBe("/cache/vscode-linux-x64-1.99.0/code");
    expect(options.extensionDevelopmentPath).toBe("/repo/apps/vscode");
    expect(options.extensionTestsPath).toBe("/repo/apps/vscode/dist/test/index.js");
  });

  it("opens the workspace in a throw-away profile with every other extension disabled", () => {
    expect(getElectronTestOptions(run).launchArgs).toEqual([
      "/run/ws",
      "--user-data-dir=/run/udd",
      "--extensions-dir=/run/exts",
      "--disable-extensions",
    ]);
  });

  it("hands VS Code the fixture's environment, removals included, as a copy", () => {
    const options = getElectronTestOptions(run);
    expect(options.extensionTestsEnv).toEqual(run.env);
    expect(options.extensionTestsEnv).toHaveProperty("AWS_PROFILE", undefined);
    expect(options.extensionTestsEnv).not.toBe(run.env);
  });
});
