import { SilentReporter } from "@vscode/test-electron";
import { describe, expect, it } from "vitest";
import { type DownloadRequest, resolveVsCode } from "./resolveVsCode.js";
import { VsCodeUnavailableError } from "./VsCodeUnavailableError.js";

function enotfound(): Error {
  return Object.assign(new Error("getaddrinfo ENOTFOUND update.code.visualstudio.com"), { code: "ENOTFOUND", syscall: "getaddrinfo" });
}

function options(overrides: Partial<Parameters<typeof resolveVsCode>[0]> = {}) {
  const requests: DownloadRequest[] = [];
  return {
    requests,
    options: {
      env: {},
      download: async (request: DownloadRequest) => {
        requests.push(request);
        return "/cache/vscode-linux-x64-1.99.0/code";
      },
      isExecutable: () => true,
      cachePath: "/cache",
      timeoutMs: 600_000,
      reporter: new SilentReporter(),
      ...overrides,
    },
  };
}

describe(resolveVsCode.name, () => {
  it("uses VSCODE_EXECUTABLE without downloading anything", async () => {
    const { options: o, requests } = options({ env: { VSCODE_EXECUTABLE: "/opt/code/code" } });
    await expect(resolveVsCode(o)).resolves.toBe("/opt/code/code");
    expect(requests).toEqual([]);
  });

  it("says so when VSCODE_EXECUTABLE names no executable, instead of downloading behind the person's back", async () => {
    const { options: o, requests } = options({ env: { VSCODE_EXECUTABLE: "/nowhere/code" }, isExecutable: () => false });
    const error = await resolveVsCode(o).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VsCodeUnavailableError);
    expect((error as Error).message).toBe("VSCODE_EXECUTABLE=/nowhere/code is not an executable file: point it at a VS Code executable, or unset it to download one.");
    expect(requests).toEqual([]);
  });

  it("downloads stable into the cache folder, or the VSCODE_VERSION asked for, with a per-request timeout", async () => {
    const stable = options();
    await expect(resolveVsCode(stable.options)).resolves.toBe("/cache/vscode-linux-x64-1.99.0/code");
    expect(stable.requests).toEqual([expect.objectContaining({ version: "stable", cachePath: "/cache", timeout: 15_000 })]);

    const pinned = options({ env: { VSCODE_VERSION: "1.90.0" }, timeoutMs: 5_000 });
    await resolveVsCode(pinned.options);
    expect(pinned.requests).toEqual([expect.objectContaining({ version: "1.90.0", timeout: 5_000 })]);
  });

  it("turns ENOTFOUND into a message that names the cause, why, and the code-server lane to run instead", async () => {
    const { options: o } = options({ download: () => Promise.reject(enotfound()) });
    const error = await resolveVsCode(o).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VsCodeUnavailableError);
    expect((error as Error).message).toBe(
      "Cannot download VS Code (getaddrinfo ENOTFOUND update.code.visualstudio.com): @vscode/test-electron needs network access to " +
        "Microsoft's update servers. Here, run the code-server lane instead: pnpm --filter mfa-session-vscode e2e " +
        "(or set VSCODE_EXECUTABLE to a VS Code on this machine).",
    );
    expect((error as Error).cause).toMatchObject({ code: "ENOTFOUND" });
  });

  it("gives up when the download outlasts its bound, rather than hang", async () => {
    const { options: o } = options({ download: () => new Promise<string>(() => {}), timeoutMs: 50 });
    const started = Date.now();
    const error = await resolveVsCode(o).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error).toBeInstanceOf(VsCodeUnavailableError);
    expect((error as Error).message).toMatch(/^Cannot download VS Code \(no VS Code after 0\.05 s, the bound VSCODE_DOWNLOAD_TIMEOUT_MS sets\): /);
  });

  it("names test-electron's bare-string rejections too", async () => {
    const { options: o } = options({ download: () => Promise.reject("Failed to get JSON") });
    await expect(resolveVsCode(o)).rejects.toThrow(/^Cannot download VS Code \(Failed to get JSON\): /);
  });
});
