import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { formatCredentialProcessLine, getCommandLinePlatform } from "./formatCredentialProcessLine.js";

function shlexSplit(line: string, windows = false): string[] {
  const script = windows
    ? "import sys, json; from botocore.compat import _windows_shell_split as s; print(json.dumps(s(sys.argv[1])))"
    : "import sys, json, shlex; print(json.dumps(shlex.split(sys.argv[1])))";
  return JSON.parse(execFileSync("python3", ["-c", script, line], { encoding: "utf8" })) as string[];
}

/** Go's syscall.EscapeArg (appendEscapeArg): how the Go SDK v2's exec.Command("cmd.exe", "/C", line) quotes the line. */
function goEscapeArg(s: string): string {
  if (s === "") return '""';
  const needsBackslash = /["\\]/.test(s);
  const hasSpace = /[ \t]/.test(s);
  if (!needsBackslash && !hasSpace) return s;
  if (!needsBackslash) return `"${s}"`;
  let out = hasSpace ? '"' : "";
  let slashes = 0;
  for (const c of s) {
    if (c === "\\") slashes++;
    else if (c === '"') {
      out += "\\".repeat(slashes) + "\\";
      slashes = 0;
    } else slashes = 0;
    out += c;
  }
  return hasSpace ? `${out}${"\\".repeat(slashes)}"` : out;
}

/** What cmd.exe /C runs of the text after /C (cmd /?: with more or fewer than two quotes, a leading quote and the last one are removed). */
function cmdSlashC(rest: string): string {
  if (!rest.startsWith('"')) return rest;
  const last = rest.lastIndexOf('"');
  return rest.slice(1, last) + rest.slice(last + 1);
}

describe(formatCredentialProcessLine.name, () => {
  it("leaves plain words alone", () => {
    expect(formatCredentialProcessLine(["mfa-session", "credential-process", "--profile", "dev"], "posix")).toBe("mfa-session credential-process --profile dev");
  });

  it("quotes a path with spaces so botocore's shlex and /bin/sh see one word", () => {
    const words = ["/opt/my tools/node", "/opt/my tools/mfa-session.js", "credential-process", "--profile", "dev"];
    const line = formatCredentialProcessLine(words, "posix");
    expect(shlexSplit(line)).toEqual(words);
    expect(execFileSync("/bin/sh", ["-c", `printf '%s\\n' ${line}`], { encoding: "utf8" }).trim().split("\n")).toEqual(words);
  });

  it("keeps Windows backslashes and quotes Program Files for botocore's Windows splitter", () => {
    const words = ["C:\\Program Files\\nodejs\\node.exe", "C:\\Users\\me\\mfa-session.js", "credential-process", "--profile", "dev"];
    const line = formatCredentialProcessLine(words, "windows");
    expect(line).toBe('"C:\\Program Files\\nodejs\\node.exe" C:\\Users\\me\\mfa-session.js credential-process --profile dev');
    expect(shlexSplit(line, true)).toEqual(words);
  });

  it("quotes on Windows a word with spaces or cmd.exe syntax, doubling the backslashes before its closing quote", () => {
    const words = ["C:\\Program Files (x86)\\nodejs\\node.exe", "C:\\R&D\\mfa-session.js", "--cache", "C:\\my cache\\", "C:\\dir\\"];
    const line = formatCredentialProcessLine(words, "windows");
    expect(line).toBe('"C:\\Program Files (x86)\\nodejs\\node.exe" "C:\\R&D\\mfa-session.js" --cache "C:\\my cache\\\\" C:\\dir\\');
    expect(shlexSplit(line, true)).toEqual(words);
  });

  it("leaves 8.3 short names bare on Windows, so that the Go SDK's cmd.exe /C gets a line without quotes", () => {
    const words = ["C:\\PROGRA~1\\nodejs\\node.exe", "C:\\Users\\JANEDO~1\\AppData\\Roaming\\npm\\node_modules\\mfa-session\\dist\\mfa-session.js", "credential-process"];
    const line = formatCredentialProcessLine(words, "windows");
    expect(line).toBe(words.join(" "));
    expect(shlexSplit(line, true)).toEqual(words);
    expect(formatCredentialProcessLine(["~/x"], "posix")).toBe('"~/x"');
  });

  it("reaches cmd.exe unchanged through the Go SDK v2's quoting when no word is quoted, and mangled when one is (aws/aws-sdk-go-v2#3208)", () => {
    const short = formatCredentialProcessLine(["C:\\PROGRA~1\\nodejs\\node.exe", "C:\\Users\\JANEDO~1\\npm\\mfa-session.js", "credential-process", "--profile", "dev"], "windows");
    expect(cmdSlashC(goEscapeArg(short))).toBe(short);
    const quoted = formatCredentialProcessLine(["C:\\Program Files\\nodejs\\node.exe", "C:\\tools\\mfa-session.js", "credential-process"], "windows");
    expect(cmdSlashC(goEscapeArg(quoted))).toBe('\\"C:\\Program Files\\nodejs\\node.exe\\" C:\\tools\\mfa-session.js credential-process');
  });

  it("refuses shell syntax in a word, saying which word as data", () => {
    expect(() => formatCredentialProcessLine(["/tmp/$(evil)/node"], "posix")).toThrow(/cannot be written safely/);
    expect(() => formatCredentialProcessLine(["/opt/we\"ird/mfa-session.js"], "posix")).toThrow(expect.objectContaining({
      code: "USAGE", hint: { kind: "unsafe-command-word", word: '/opt/we"ird/mfa-session.js' }, message: expect.not.stringMatching(/--/),
    }));
  });

  it("refuses on Windows what cmd.exe would expand or split, and keeps backslashes", () => {
    expect(() => formatCredentialProcessLine(["C:\\%TEMP%\\node.exe"], "windows")).toThrow(/cannot be written safely/);
    expect(() => formatCredentialProcessLine(['C:\\we"ird\\node.exe'], "windows")).toThrow(/cannot be written safely/);
    expect(formatCredentialProcessLine(["C:\\tools\\mfa-session.cmd"], "windows")).toBe("C:\\tools\\mfa-session.cmd");
    expect(() => formatCredentialProcessLine(["C:\\tools\\mfa-session.cmd"], "posix")).toThrow(/cannot be written safely/);
  });
});

describe(getCommandLinePlatform.name, () => {
  it("takes Windows rules on win32 only", () => {
    expect(getCommandLinePlatform("win32")).toBe("windows");
    expect(["linux", "darwin", "freebsd"].map(getCommandLinePlatform)).toEqual(["posix", "posix", "posix"]);
  });
});
