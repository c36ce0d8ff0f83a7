import { MfaSessionError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { formatBatchCommandLine } from "./formatBatchCommandLine.js";

const line = (args: string[], script = "C:\\tools\\x.cmd") => formatBatchCommandLine(script, args).at(-1);

describe(formatBatchCommandLine.name, () => {
  it("runs the script through cmd.exe with AutoRun off, delayed expansion off and /s quote stripping", () => {
    expect(formatBatchCommandLine("C:\\Program Files\\nodejs\\npx.cmd", ["--version"])).toEqual([
      "/d", "/e:on", "/v:off", "/s", "/c", '""C:\\Program Files\\nodejs\\npx.cmd" --version"',
    ]);
  });

  it("leaves plain words bare and quotes spaces and every cmd.exe metacharacter", () => {
    expect(line(["arg", "-x", "s3://b/k.txt", "a@b", "C:\\dir\\f"])).toBe('""C:\\tools\\x.cmd" arg -x s3://b/k.txt a@b C:\\dir\\f"');
    expect(line(["with space", "a&b", "x|y", "<in>", "c^d", "(p)", "a,b;c=d", "!bang!", "tab\there"]))
      .toBe('""C:\\tools\\x.cmd" "with space" "a&b" "x|y" "<in>" "c^d" "(p)" "a,b;c=d" "!bang!" "tab\there""');
  });

  it("passes an empty argument as \"\"", () => {
    expect(line(["", "x"])).toBe('""C:\\tools\\x.cmd" "" x"');
  });

  it("doubles an inner quote, so cmd.exe stays inside the quotes and the C runtime reads one quote", () => {
    expect(line(['say "hi"'])).toBe('""C:\\tools\\x.cmd" "say ""hi""""');
    expect(line(['a"&"b'])).toBe('""C:\\tools\\x.cmd" "a""&""b""');
    // Backslashes before a quote are doubled, as the C runtime reads 2n backslashes and a quote.
    expect(line(['a\\"b'])).toBe('""C:\\tools\\x.cmd" "a\\\\""b""');
  });

  it("doubles the backslashes that end a quoted word, so the closing quote is not escaped", () => {
    expect(line(["C:\\my dir\\"])).toBe('""C:\\tools\\x.cmd" "C:\\my dir\\\\""');
    expect(line(["C:\\dir\\"])).toBe('""C:\\tools\\x.cmd" "C:\\dir\\\\""');
  });

  it("refuses % (cmd.exe expands %NAME% even inside quotes) without echoing the argument", () => {
    const error = (() => { try { line(["ok", "secret%PATH%"]); } catch (caught) { return caught; } })();
    expect(error).toBeInstanceOf(MfaSessionError);
    expect((error as Error).message).toMatch(/argument 2 .*%/i);
    expect((error as Error).message).not.toContain("secret");
  });

  it("refuses line breaks and NUL, which no quoting carries through cmd.exe", () => {
    for (const bad of ["a\nb", "a\rb", "a\0b"]) expect(() => line([bad])).toThrow(/argument 1/i);
  });

  it("refuses a script path cmd.exe cannot be given safely", () => {
    expect(() => line([], "C:\\100%\\x.cmd")).toThrow(/%/);
    expect(() => line([], 'C:\\a"b\\x.cmd')).toThrow(MfaSessionError);
  });
});
