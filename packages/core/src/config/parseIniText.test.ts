import { describe, expect, it } from "vitest";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { findKeyDelimiter, parseIniText } from "./parseIniText.js";

const secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

function errorOf(text: string): MfaSessionError {
  try {
    parseIniText(text, "/home/a/.aws/config");
  } catch (error) {
    if ((error instanceof MfaSessionError && error.code === "CONFIG_INVALID")) return error;
    throw error;
  }
  throw new Error("expected a CONFIG_INVALID error");
}

/** Sections as plain [header, {key: value}] pairs, for toEqual. */
function read(text: string): Array<[string, Record<string, string>]> {
  return parseIniText(text, "f").map(({ header, settings }) => [header, { ...settings }]);
}

describe(parseIniText.name, () => {
  it("flattens an indented sub-section under an empty key into dotted keys", () => {
    const text = "[services local]\nsts =\n  endpoint_url = http://localhost:1\n  region = x\nregion = y\n";
    expect(read(text)).toEqual([["services local", { "sts.endpoint_url": "http://localhost:1", "sts.region": "x", region: "y" }]]);
  });

  it("keeps an empty key with nothing nested under it as an empty value", () => {
    expect(read("[default]\nempty =\nregion = x\n")).toEqual([["default", { empty: "", region: "x" }]]);
  });

  it("lower-cases top-level keys, keeps nested keys and values literal", () => {
    expect(read("[profile a.b]\nRegion = \"quoted\" # not a comment\nS3 =\n  Max_Rate = 1\n")).toEqual([
      ["profile a.b", { region: '"quoted" # not a comment', "s3.Max_Rate": "1" }],
    ]);
  });

  it("splits a top-level line at its first = or :, a nested line at = only", () => {
    expect(read("[default]\nregion: eu-west-1\nweird:key = v\ncredential_process = tool --flag=1 --url http://x:1\n")).toEqual([
      ["default", { region: "eu-west-1", weird: "key = v", credential_process: "tool --flag=1 --url http://x:1" }],
    ]);
    expect(read("[default]\ns3:\n  endpoint_url = http://x:1\n")).toEqual([["default", { "s3.endpoint_url": "http://x:1" }]]);
    expect(errorOf("[default]\ns3 =\n  max: 5").message).toContain("line 3");
  });

  it("takes the header up to the line's last ], ignoring what follows it, and keeps repeated headers apart", () => {
    expect(read("[profile a] # team\nk = 1\n[profile \"my dev\"] junk\nk = 2\n[profile a]\nk = 3\n").map(([header]) => header)).toEqual([
      "profile a", 'profile "my dev"', "profile a",
    ]);
  });

  it("skips comments and blank lines, with CRLF line ends and a byte order mark", () => {
    expect(read("\ufeff# c\r\n; c\r\n\r\n[default]\r\nregion=eu-west-1\r\n")).toEqual([["default", { region: "eu-west-1" }]]);
  });

  it("reads __proto__, constructor and prototype as ordinary names", () => {
    const [section] = parseIniText("[__proto__]\n__proto__ = 1\nconstructor = 2\ns3 =\n  prototype = 3\n", "f");
    expect(section!.header).toBe("__proto__");
    expect(Object.getPrototypeOf(section!.settings)).toBeNull();
    expect(Object.keys(section!.settings)).toEqual(["__proto__", "constructor", "s3.prototype"]);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });

  it.each([
    ["[profile work\nregion = x", "line 1", "close"],
    ["[default]\njust some words", "line 2", "key = value"],
    ["region = x\n[default]", "line 1", "outside any section"],
    ["[default]\n = x", "line 2", 'no key before "="'],
    ["[default]\n: x", "line 2", 'no key before ":"'],
    ["[ ]\n", "line 1", "empty section name"],
  ])("refuses malformed text %j, naming the file and line", (text, line, hint) => {
    const error = errorOf(text);
    expect(error.message).toContain(`/home/a/.aws/config ${line}`);
    expect(error.message).toContain(hint);
  });

  it("never puts the text of a bad line in the message", () => {
    const error = errorOf(`[default]\naws_secret_access_key ${secret}`);
    expect(error.message).not.toContain(secret);
    expect(error.message).not.toContain("wJalr");
  });
});

describe(findKeyDelimiter.name, () => {
  it("finds the first = or :", () => {
    expect(["a = b", "a: b", "a:b = c", "a = b:c", "no delimiter"].map(findKeyDelimiter)).toEqual([2, 1, 1, 2, -1]);
  });
});
