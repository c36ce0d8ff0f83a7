import { describe, expect, it } from "vitest";
import { getPowerShellDialogArgs } from "./getPowerShellDialogArgs.js";

/** The script PowerShell runs: -EncodedCommand is base64 of UTF-16LE. */
function decodeScript(args: string[]): string {
  expect(args.slice(0, 5)).toEqual(["-NoLogo", "-NoProfile", "-NonInteractive", "-STA", "-EncodedCommand"]);
  expect(args[5]).toMatch(/^[A-Za-z0-9+/]+=*$/);
  return Buffer.from(args[5]!, "base64").toString("utf16le");
}

/** What PowerShell's Get-Text would show for each base64 literal, in the order the script uses them. */
function shownTexts(script: string): string[] {
  return [...script.matchAll(/Get-Text '([^']*)'/g)].map((match) => Buffer.from(match[1]!, "base64").toString("utf8"));
}

describe(getPowerShellDialogArgs.name, () => {
  it("passes the whole script as -EncodedCommand, for execFile without a shell", () => {
    const script = decodeScript(getPowerShellDialogArgs("MFA code for dev (arn:aws:iam::1:mfa/a):", "mfa-session"));
    expect(script).toContain("$box.UseSystemPasswordChar = $true");
    expect(script).toContain("[Console]::Out.Write($box.Text)");
    expect(shownTexts(script)).toEqual(["mfa-session", "MFA code for dev (arn:aws:iam::1:mfa/a):"]);
  });

  it("carries a hostile prompt text only as base64, so none of it can run as PowerShell", () => {
    const hostile = "dev'; Start-Process calc; '$(Remove-Item C:\\x) `\"\u2019\u201c \r\n@{a=1}";
    const script = decodeScript(getPowerShellDialogArgs(hostile, "mfa-session"));
    expect(script).not.toContain("Start-Process");
    expect(script).not.toContain("Remove-Item");
    // Every quoted literal in the script is base64 or one of its own fixed words.
    for (const [, literal] of script.matchAll(/'([^']*)'/g)) expect(literal).toMatch(/^([A-Za-z0-9+/]*=*|Stop|OK|Cancel)$/);
    expect(shownTexts(script)[1]).toBe(hostile);
  });

  it("shows the retry notice on its own line (WinForms wants CRLF)", () => {
    const script = decodeScript(getPowerShellDialogArgs("code was incorrect, try again\n\nMFA code for dev (x):", "mfa-session"));
    expect(shownTexts(script)[1]).toBe("code was incorrect, try again\r\n\r\nMFA code for dev (x):");
  });

  it("exits 1 on Cancel and 2 when the form cannot be shown, so the two are told apart", () => {
    const script = decodeScript(getPowerShellDialogArgs("x", "mfa-session"));
    expect(script).toMatch(/if \(\$result -ne \[System\.Windows\.Forms\.DialogResult\]::OK\) \{ exit 1 \}/);
    expect(script).toMatch(/catch \{\s+\[Console\]::Error\.WriteLine\(\$_\.Exception\.Message\)\s+exit 2\s+\}/);
  });
});
