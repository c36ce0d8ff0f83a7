import { describe, expect, it } from "vitest";
import { fitsSocketPath, getPromptPipePath, getPromptSocketCandidates } from "./getPromptSocketCandidates.js";

const base = { id: "w1", discoveryDir: "/home/me/.aws/mfa-session/vscode", tmpdir: "/tmp", env: {}, platform: "linux" as const, uid: 1000 };

describe(getPromptSocketCandidates.name, () => {
  it("lists the discovery folder, then the runtime folder, then a folder of ours in the temporary folder", () => {
    expect(getPromptSocketCandidates({ ...base, env: { XDG_RUNTIME_DIR: "/run/user/1000" } })).toEqual([
      "/home/me/.aws/mfa-session/vscode/w1.sock",
      "/run/user/1000/mfa-session/w1.sock",
      "/tmp/mfa-session-1000/w1.sock",
    ]);
    expect(getPromptSocketCandidates(base)).toEqual(["/home/me/.aws/mfa-session/vscode/w1.sock", "/tmp/mfa-session-1000/w1.sock"]);
  });

  it("leaves out every path too long for a Unix socket (a very long HOME, TMPDIR or XDG_RUNTIME_DIR)", () => {
    const long = `/${"x".repeat(120)}`;
    expect(getPromptSocketCandidates({ ...base, discoveryDir: long, env: { XDG_RUNTIME_DIR: long } })).toEqual(["/tmp/mfa-session-1000/w1.sock"]);
    expect(getPromptSocketCandidates({ ...base, discoveryDir: long, tmpdir: long, shortTmpdir: long })).toEqual([]);
    for (const platform of ["linux", "darwin"] as const) {
      for (const path of getPromptSocketCandidates({ ...base, discoveryDir: `/home/${"y".repeat(70)}`, platform })) expect(fitsSocketPath(path, platform)).toBe(true);
    }
  });

  it("on macOS, keeps every path within 103 bytes and falls back to /tmp when HOME and TMPDIR are too long", () => {
    const mac = { ...base, platform: "darwin" as const, uid: 501, id: "0123456789abcdef" };
    // A long user name, and macOS's own per-user TMPDIR: the latter fits.
    const macTmp = "/var/folders/zz/zyxvpxvq6csfxvn_n0000000000000/T";
    expect(getPromptSocketCandidates({ ...mac, discoveryDir: `/Users/${"n".repeat(60)}/.aws/mfa-session/vscode`, tmpdir: macTmp })).toEqual([
      `${macTmp}/mfa-session-501/0123456789abcdef.sock`,
    ]);
    // A TMPDIR that fits Linux's 107 bytes but not macOS's 103: only /tmp is left.
    const longTmp = `/Users/me/Library/Containers/com.example.sandboxed/Data/tmp/${"t".repeat(9)}`;
    const longHome = `/Users/${"n".repeat(80)}/.aws/mfa-session/vscode`;
    expect(getPromptSocketCandidates({ ...mac, discoveryDir: longHome, tmpdir: longTmp })).toEqual(["/tmp/mfa-session-501/0123456789abcdef.sock"]);
    expect(getPromptSocketCandidates({ ...mac, discoveryDir: longHome, tmpdir: longTmp, platform: "linux" })).toEqual([
      `${longTmp}/mfa-session-501/0123456789abcdef.sock`,
    ]);
  });

  it("lists /tmp once when it is the temporary folder already", () => {
    expect(getPromptSocketCandidates(base).filter((path) => path.startsWith("/tmp/"))).toEqual(["/tmp/mfa-session-1000/w1.sock"]);
    expect(getPromptSocketCandidates({ ...base, tmpdir: "/tmp/" }).filter((path) => path.startsWith("/tmp/"))).toEqual(["/tmp/mfa-session-1000/w1.sock"]);
  });

  it("ignores a relative XDG_RUNTIME_DIR", () => {
    expect(getPromptSocketCandidates({ ...base, env: { XDG_RUNTIME_DIR: "run" } })).toHaveLength(2);
  });

  it("refuses window ids that could escape the folder", () => {
    expect(() => getPromptSocketCandidates({ ...base, id: "../x" })).toThrow(/window id/);
    expect(() => getPromptPipePath("a\\b")).toThrow(/window id/);
  });
});

describe(fitsSocketPath.name, () => {
  it("allows 107 bytes on Linux and 103 on macOS (sun_path with its NUL)", () => {
    expect(fitsSocketPath(`/${"a".repeat(106)}`, "linux")).toBe(true);
    expect(fitsSocketPath(`/${"a".repeat(107)}`, "linux")).toBe(false);
    expect(fitsSocketPath(`/${"a".repeat(102)}`, "darwin")).toBe(true);
    expect(fitsSocketPath(`/${"a".repeat(103)}`, "darwin")).toBe(false);
  });
});

describe(getPromptPipePath.name, () => {
  it("names a window's pipe on Windows", () => {
    expect(getPromptPipePath("w1")).toBe("\\\\.\\pipe\\mfa-session-vscode-w1");
  });
});
