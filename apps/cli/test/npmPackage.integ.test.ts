// The CLI as a user gets it: `npm pack` of apps/cli, and `npm install -g --offline` of that tarball
// into an empty prefix (offline: nothing may need the registry, there are no runtime dependencies).
// The installed command must print the package's version and serve credential_process against the
// sandbox through the line `configure` writes, run by /bin/sh as the JS SDK runs it: first a
// new MFA session, then a cache hit. The tarball ships dist/ without source maps, plus README,
// CHANGELOG and LICENSE, and nothing from src/ or test/.
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectReadmePictures } from "../../../scripts/testing/expectReadmePictures.js";
import { startMfaWorld, type MfaUser, type MfaWorld } from "./support/mfaWorld.js";
import { recipeBlock } from "./support/readmeRecipes.js";

const cliRoot = fileURLToPath(new URL("..", import.meta.url));
const repo = join(cliRoot, "..", "..");
const source = JSON.parse(readFileSync(join(cliRoot, "package.json"), "utf8")) as { name: string; version: string };
/** README images are absolute (npm renders READMEs away from the repository); this is where they live in it. */

let world: MfaWorld;
let user: MfaUser;
let packed: { filename: string; files: string[] };
let prefix: string;
let installed: string;
let bin: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  world = await startMfaWorld();
  user = await world.addUser("packed-user");
  const work = join(world.home, "npm-package");
  prefix = join(work, "prefix");
  mkdirSync(prefix, { recursive: true });
  // npm as a user runs it: none of the npm_* settings that pnpm or a lifecycle script put in our environment.
  const npmEnv = Object.fromEntries(Object.entries(world.env).filter(([key]) => !/^npm_/i.test(key)));
  const pack = await world.run("npm", ["pack", "--json", "--pack-destination", work], { cwd: cliRoot, env: npmEnv, timeoutMs: 120_000 });
  if (pack.code !== 0) throw new Error(`npm pack failed (${pack.code}): ${pack.stderr}`);
  const [report] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packed = { filename: report!.filename, files: report!.files.map((file) => file.path).sort() };
  const install = await world.run("npm", ["install", "-g", "--offline", "--no-audit", "--no-fund", "--prefix", prefix, join(work, packed.filename)], { cwd: work, env: npmEnv, timeoutMs: 120_000 });
  if (install.code !== 0) throw new Error(`npm install -g failed (${install.code}): ${install.stderr}`);
  installed = join(prefix, "lib", "node_modules", source.name);
  bin = join(prefix, "bin", "mfa-session");
  env = { ...world.env, PATH: `${join(prefix, "bin")}:${world.env.PATH}` };
}, 240_000);

afterAll(async () => {
  await world?.stop();
});

describe("the npm package of the CLI", () => {
  it("packs dist/ without source maps, with package.json, README, CHANGELOG and LICENSE, and nothing else", () => {
    expect(packed.filename).toBe(`${source.name}-${source.version}.tgz`);
    const dist = packed.files.filter((file) => file.startsWith("dist/"));
    expect(packed.files.filter((file) => !file.startsWith("dist/"))).toEqual(["CHANGELOG.md", "LICENSE", "README.md", "package.json"]);
    expect(dist).toEqual(expect.arrayContaining(["dist/cli.mjs", "dist/mfa-session.js", "dist/package.json"]));
    // Entries, code-split chunks, the cache-hit chunk (content-hashed) and its V8 code cache(s), the
    // sign-in-wait chunk (content-hashed): nothing else.
    const allowed = [
      /^dist\/(mfa-session\.js|package\.json)$/, /^dist\/[\w-]+\.mjs$/, /^dist\/chunks\/[\w-]+\.mjs$/,
      /^dist\/chunks\/cache-hit-[0-9a-f]{16}\.js(\.[\w.-]+)?(\.cache)?$/, /^dist\/chunks\/sign-in-wait-[0-9a-f]{16}\.js$/,
    ];
    expect(dist.filter((file) => !allowed.some((pattern) => pattern.test(file)))).toEqual([]);
  });

  it("ships every file that the installed entries load, so nothing is fetched or missing at run time", () => {
    const needed = reachableFiles(installed, ["dist/mfa-session.js", ...packed.files.filter((file) => /^dist\/[\w-]+\.mjs$/.test(file))]);
    expect(needed.some((file) => /^dist\/chunks\/cache-hit-[0-9a-f]{16}\.js$/.test(file))).toBe(true);
    expect(needed.some((file) => /^dist\/chunks\/sign-in-wait-[0-9a-f]{16}\.js$/.test(file))).toBe(true);
    expect(needed.filter((file) => !packed.files.includes(file))).toEqual([]);
    // build.mjs keeps chunks of earlier builds for an hour (for processes still running them); its
    // dist/chunks/.npmignore keeps them out of the package, so it ships exactly what this build loads.
    const leftovers = packed.files.filter((file) => file.startsWith("dist/chunks/") && !needed.includes(file) && !file.endsWith(".cache"));
    expect(leftovers).toEqual([]);
  });

  it("installs with npm install -g --offline into an empty prefix: a copy with no dependencies, mfa-session on PATH", () => {
    expect(realpathSync(bin)).toBe(join(realpathSync(installed), "dist", "mfa-session.js"));
    expect(statSync(realpathSync(bin)).mode & 0o111).not.toBe(0);
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
    expect(manifest).toMatchObject({ name: source.name, version: source.version, license: "MIT", bin: { "mfa-session": "./dist/mfa-session.js" } });
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(existsSync(join(installed, "node_modules"))).toBe(false);
  });

  it("prints the package's version", async () => {
    const result = await world.run("mfa-session", ["--version"], { env });
    expect(result.code).toBe(0);
    expect(result.stdout.trim(), "mfa-session --version must print the version in apps/cli/package.json").toBe(source.version);
  });

  it("serves credential_process through the line configure writes: one MFA session, then a cache hit", async () => {
    const configure = await world.run("mfa-session", ["configure", "--profile", "packed", "--source-profile", user.sourceProfile, "--mfa-serial", user.mfaSerial], { env });
    expect(configure.code, configure.stderr).toBe(0);
    await world.setConfig("profile packed", [
      { key: "region", value: world.sandbox.region },
      { key: "endpoint_url", value: world.sandbox.endpoint },
      { key: "mfa_process", value: `${bin} totp --seed-file ${user.seedFile}` },
    ]);
    const line = /^credential_process = (.*)$/m.exec(readFileSync(world.configFile, "utf8"))?.[1];
    // `mfa-session` on PATH is the installed script, so configure writes the plain name.
    expect(line).toBe("mfa-session credential-process --profile packed");

    const first = await world.run("/bin/sh", ["-c", line!], { env });
    expect(first.code, first.stderr).toBe(0);
    const credentials = JSON.parse(first.stdout);
    expect(credentials).toMatchObject({ Version: 1, AccessKeyId: expect.any(String), SecretAccessKey: expect.any(String), SessionToken: expect.any(String), Expiration: expect.any(String) });
    expect(world.sandbox.admin.countMfaSessions(user.userName)).toBe(1);

    const hit = await world.run("/bin/sh", ["-c", line!], { env });
    expect(hit.code, hit.stderr).toBe(0);
    expect(JSON.parse(hit.stdout)).toEqual(credentials);
    expect(world.sandbox.admin.countMfaSessions(user.userName)).toBe(1);
    await world.assertClean(["packed"]);
  });

  it("installs a README with pictures from docs/images (each under 150 KB) and the profile block configure writes", () => {
    const readme = readFileSync(join(installed, "README.md"), "utf8");
    expectReadmePictures(readme);
    // The same block as the repository README's IAM-user recipe, which recipes.integ.test.ts compares with configure's output.
    expect(readme).toContain("```ini\n" + recipeBlock("iam-user") + "```");
  });

  it("installs a CHANGELOG with this version and the repository's MIT licence", () => {
    expect(readFileSync(join(installed, "CHANGELOG.md"), "utf8")).toContain(`\n## ${source.version}\n`);
    const licence = readFileSync(join(installed, "LICENSE"), "utf8");
    expect(licence).toBe(readFileSync(join(repo, "LICENSE"), "utf8"));
    expect(licence).toMatch(/^MIT License\n/);
  });
});

/**
 * Files under `root` that the entries load, following relative import(), `from` and require() paths
 * and the cache-hit and sign-in-wait chunks that dist/mfa-session.js names; paths relative to `root`.
 */
function reachableFiles(root: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!existsSync(join(root, file))) continue; // reported as missing by the caller
    const text = readFileSync(join(root, file), "utf8");
    // import("./x"), from "./x", require("./x") and a bare import "./x" (an empty shared chunk).
    for (const match of text.matchAll(/(?:import\(|from|require\(|\bimport)\s*["'](\.\.?\/[^"']+)["']/g)) {
      queue.push(relative(root, join(root, dirname(file), match[1]!)));
    }
    for (const match of text.matchAll(/["'](chunks\/(?:cache-hit|sign-in-wait)-[0-9a-f]{16}\.js)["']/g)) queue.push(`dist/${match[1]}`);
  }
  return [...seen].sort();
}
