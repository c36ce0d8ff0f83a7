import type { TestOptions } from "@vscode/test-electron";
import { describe, expect, it } from "vitest";
import { EXIT, type ElectronLaneDeps, runElectronLane } from "./electronLane.js";

function lane(overrides: Partial<ElectronLaneDeps> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const runs: TestOptions[] = [];
  const downloads: unknown[] = [];
  const deps: ElectronLaneDeps = {
    env: {},
    download: async (request) => {
      downloads.push(request);
      return "/cache/vscode-linux-x64-1.99.0/code";
    },
    runTests: async (options) => {
      runs.push(options);
      return 0;
    },
    isExecutable: () => true,
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    ...overrides,
  };
  return { deps, out, err, runs, downloads };
}

const runArgs = [
  "run", "--vscode", "/cache/code", "--extension-dir", "/repo/apps/vscode", "--workspace", "/run/ws",
  "--user-data-dir", "/run/udd", "--extensions-dir", "/run/exts",
  "--", "-u", "AWS_PROFILE", "-u", "AWS_ACCESS_KEY_ID", "HOME=/run/home", "AWS_CONFIG_FILE=/run/home/.aws/config", "VSCODE_E2E_OUT=/out",
];

describe(runElectronLane.name, () => {
  it("resolve prints only the executable on stdout, so the shell can capture it", async () => {
    const l = lane();
    expect(await runElectronLane(["resolve", "--cache-path", "/base/vscode-test"], l.deps)).toBe(EXIT.ok);
    expect(l.out).toEqual(["/cache/vscode-linux-x64-1.99.0/code"]);
    expect(l.downloads).toEqual([expect.objectContaining({ cachePath: "/base/vscode-test", version: "stable" })]);
  });

  it("resolve fails with exit 69 and the clear message on stderr when the download hits ENOTFOUND", async () => {
    const cause = Object.assign(new Error("getaddrinfo ENOTFOUND update.code.visualstudio.com"), { code: "ENOTFOUND" });
    const l = lane({ download: () => Promise.reject(cause) });
    expect(await runElectronLane(["resolve", "--cache-path", "/base/vscode-test"], l.deps)).toBe(69);
    expect(l.out).toEqual([]);
    expect(l.err).toEqual([
      "[e2e-electron] Cannot download VS Code (getaddrinfo ENOTFOUND update.code.visualstudio.com): @vscode/test-electron needs network " +
        "access to Microsoft's update servers. Here, run the code-server lane instead: pnpm --filter mfa-session-vscode e2e " +
        "(or set VSCODE_EXECUTABLE to a VS Code on this machine).",
    ]);
  });

  it("resolve bounds the download by VSCODE_DOWNLOAD_TIMEOUT_MS", async () => {
    const l = lane({ env: { VSCODE_DOWNLOAD_TIMEOUT_MS: "40" }, download: () => new Promise<string>(() => {}) });
    expect(await runElectronLane(["resolve", "--cache-path", "/c"], l.deps)).toBe(EXIT.vsCodeUnavailable);
    expect(l.err.join("\n")).toContain("no VS Code after 0.04 s");
  });

  it("run hands runTests the paths, launch args and fixture environment, and never lets it download", async () => {
    const l = lane();
    expect(await runElectronLane(runArgs, l.deps)).toBe(EXIT.ok);
    expect(l.downloads).toEqual([]);
    expect(l.runs).toEqual([
      {
        vscodeExecutablePath: "/cache/code",
        extensionDevelopmentPath: "/repo/apps/vscode",
        extensionTestsPath: "/repo/apps/vscode/dist/test/index.js",
        launchArgs: ["/run/ws", "--user-data-dir=/run/udd", "--extensions-dir=/run/exts", "--disable-extensions"],
        extensionTestsEnv: { AWS_PROFILE: undefined, AWS_ACCESS_KEY_ID: undefined, HOME: "/run/home", AWS_CONFIG_FILE: "/run/home/.aws/config", VSCODE_E2E_OUT: "/out" },
      },
    ]);
    expect(Object.keys(l.runs[0]!.extensionTestsEnv!)).toContain("AWS_PROFILE");
  });

  it("run exits 1 with the reason when VS Code ends the suite with a failure", async () => {
    const l = lane({ runTests: () => Promise.reject(new Error("Test run failed with code 1")) });
    expect(await runElectronLane(runArgs, l.deps)).toBe(EXIT.testsFailed);
    expect(l.err).toEqual(["[e2e-electron] the extension-host suite did not pass in /cache/code: Test run failed with code 1"]);
  });

  it("exits 2 on arguments it does not understand, before downloading or running anything", async () => {
    for (const argv of [[], ["resolve"], ["download"], ["run", "--vscode", "/c"], ["resolve", "--cache-path", "/c", "--bogus"], [...runArgs, "HOME"]]) {
      const l = lane();
      expect(await runElectronLane(argv, l.deps), argv.join(" ")).toBe(EXIT.usage);
      expect(l.downloads.length + l.runs.length).toBe(0);
      expect(l.err).toHaveLength(1);
    }
    const l = lane({ env: { VSCODE_DOWNLOAD_TIMEOUT_MS: "soon" } });
    expect(await runElectronLane(["resolve", "--cache-path", "/c"], l.deps)).toBe(EXIT.usage);
    expect(l.err[0]).toContain('VSCODE_DOWNLOAD_TIMEOUT_MS must be a whole number of milliseconds, got "soon"');
  });
});
