import { describe, expect, it } from "vitest";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { prepareIniText } from "./prepareIniText.js";

const secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

function errorOf(text: string): MfaSessionError {
  try {
    prepareIniText(text, "/home/a/.aws/config");
  } catch (error) {
    if ((error instanceof MfaSessionError && error.code === "CONFIG_INVALID")) return error;
    throw error;
  }
  throw new Error("expected a CONFIG_INVALID error");
}

describe(prepareIniText.name, () => {
  it("flattens an indented sub-section under an empty key into dotted keys", () => {
    const text = "[services local]\nsts =\n  endpoint_url = http://localhost:1\n  region = x\nregion = y\n";
    expect(prepareIniText(text, "f")).toBe(
      ['[services local]', '"sts.endpoint_url" = "http://localhost:1"', '"sts.region" = "x"', '"region" = "y"'].join("\n"),
    );
  });

  it("keeps an empty key with nothing nested under it as an empty value", () => {
    expect(prepareIniText("[default]\nempty =\nregion = x\n", "f")).toBe('[default]\n"empty" = ""\n"region" = "x"');
  });

  it("lower-cases keys, keeps values literal and escapes dots in section names", () => {
    expect(prepareIniText("[profile a.b]\nRegion = \"quoted\" # not a comment\n", "f")).toBe(
      '[profile a\\.b]\n"region" = "\\"quoted\\" # not a comment"',
    );
  });

  it("splits at the first = and accepts a comment after a section header", () => {
    expect(prepareIniText("[profile a] # team\ncredential_process = tool --flag=1 ; next\n", "f")).toBe(
      '[profile a]\n"credential_process" = "tool --flag=1 ; next"',
    );
  });

  it("skips comments and blank lines, with CRLF line ends", () => {
    expect(prepareIniText("# c\r\n; c\r\n\r\n[default]\r\nregion=eu-west-1\r\n", "f")).toBe('[default]\n"region" = "eu-west-1"');
  });

  it.each([
    ["[profile work\nregion = x", "line 1", "close"],
    ["[default]\njust some words", "line 2", "key = value"],
    ["region = x\n[default]", "line 1", "outside any section"],
    ["[default]\n = x", "line 2", "no key"],
    ["[ ]\n", "line 1", "empty section name"],
  ])("refuses malformed text %j, naming the file and line", (text, line, hint) => {
    const error = errorOf(text);
    expect(error.message).toContain(`/home/a/.aws/config ${line}`);
    expect(error.message).toContain(hint);
  });

  it.each(["[profile __proto__]", "[constructor]", "[services prototype]", "[default]\n__proto__ = 1", "[default]\nsts =\n  constructor = 1"])(
    "refuses the reserved name in %j",
    (text) => {
      expect(errorOf(text).message).toMatch(/reserved/);
    },
  );

  it("never puts the text of a bad line in the message", () => {
    const error = errorOf(`[default]\naws_secret_access_key ${secret}`);
    expect(error.message).not.toContain(secret);
    expect(error.message).not.toContain("wJalr");
  });
});
