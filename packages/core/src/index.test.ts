// The entry point is a contract: it exports what other packages call, and nothing for "maybe later".
// Every name exported here must be used somewhere outside core (apps, sandbox, bench, scripts);
// test helpers live behind `@mfa-session/core/testing`.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../../..", import.meta.url));

function exportedNames(file: string): string[] {
  const text = readFileSync(new URL(file, import.meta.url), "utf8");
  return [...text.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((match) =>
    match[1]!.split(",").map((name) => name.trim().split(/\s+as\s+/).pop()!).filter(Boolean),
  );
}

function sourcesOutsideCore(): string {
  const files = execFileSync("git", ["ls-files", "apps", "packages", "scripts"], { cwd: repo, encoding: "utf8" })
    .split("\n")
    .filter((file) => /\.(ts|mts|mjs|cjs|js)$/.test(file) && !file.startsWith("packages/core/"));
  return files.map((file) => readFileSync(`${repo}${file}`, "utf8")).join("\n");
}

describe("@mfa-session/core's entry points", () => {
  const outside = sourcesOutsideCore();

  it("export from the main entry only names that code outside core uses", () => {
    const unused = exportedNames("./index.ts").filter((name) => !new RegExp(`\\b${name}\\b`).test(outside));
    expect(unused).toEqual([]);
  });

  it("keep test helpers out of the main entry, behind the testing entry", () => {
    expect(readFileSync(new URL("./index.ts", import.meta.url), "utf8")).not.toMatch(/\/testing\//);
    expect(exportedNames("./testing/index.ts")).toContain("startMoto");
    expect(outside).not.toMatch(/import \{[^}]*\bstartMoto\b[^}]*\} from "@mfa-session\/core";/);
  });
});
