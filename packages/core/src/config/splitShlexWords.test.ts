import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { splitShlexWords } from "./splitShlexWords.js";

/** What Python's shlex.split says, with null for a ValueError. */
function pythonShlex(inputs: string[]): Array<string[] | null> {
  const script = "import sys, json, shlex\nout = []\nfor s in json.loads(sys.stdin.read()):\n  try: out.append(shlex.split(s))\n  except ValueError: out.append(None)\nprint(json.dumps(out))";
  return JSON.parse(execFileSync("python3", ["-c", script], { input: JSON.stringify(inputs), encoding: "utf8" })) as Array<string[] | null>;
}

const inputs = [
  "profile dev", "profile  spaced ", 'profile "my dev"', "profile 'single q'", 'profile "a\\"b"', 'profile "a\\nb"', "profile a\\ b",
  'profile "open', "profile 'open", "profile a\\", 'profile "a\\', 'profile ""', "profile ''", 'profile "x"y', "profile x'y z'",
  "profile\tx", "profile #x", 'profile "it\'s"', "profile 'say \"hi\"'", "", "   ", "profile a b", 'profile "a\\\\b"',
];

describe(splitShlexWords.name, () => {
  it("splits as Python's shlex.split does, and fails where it raises", () => {
    expect(inputs.map((input) => splitShlexWords(input) ?? null)).toEqual(pythonShlex(inputs));
  });
});
