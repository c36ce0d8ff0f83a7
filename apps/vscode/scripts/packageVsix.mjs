// Packages the extension as a .vsix from a staging folder holding only what ships (package.json
// without dependencies or scripts, dist/ without the tests and source maps, README, CHANGELOG,
// LICENSE, the icon, the media the contributions name), so vsce never runs npm on this pnpm workspace. test/packageVsix.integ.test.ts
// checks the exact file list. dist/keyring/ (build.mjs) carries the OS keychain module with the prebuilt
// binary of the packaging machine's platform only: the .vsix is for that platform (vsce --target);
// elsewhere a keychain-held profile gets core's "could not be loaded" error naming the alternatives. Usage: node scripts/packageVsix.mjs [out.vsix]   (default: mfa-session-vscode.vsix)
// vsce runs as its JS entry under this very node: node_modules/.bin/vsce is a shell script, and on
// Windows its vsce.cmd cannot be spawned without a shell (Node refuses .cmd files since CVE-2024-27980).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = resolve(process.argv[2] ?? join(root, "mfa-session-vscode.vsix"));
if (!existsSync(join(root, "dist", "extension.js"))) throw new Error("dist/extension.js is missing: run `pnpm --filter mfa-session-vscode build` first.");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
// vsce rewrites README links against the repository; the manifest must say where it is.
if (!manifest.repository?.url) throw new Error("package.json has no repository.url.");
if (!manifest.icon) throw new Error("package.json has no icon.");
for (const field of ["dependencies", "devDependencies", "scripts", "private"]) delete manifest[field];

// One staging folder per run: the code-server E2E packages too, possibly at the same time.
mkdirSync(join(root, ".tmp"), { recursive: true });
const staging = mkdtempSync(join(root, ".tmp", "vsix-staging-"));
try {
  writeFileSync(join(staging, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const testDir = join(root, "dist", "test");
  cpSync(join(root, "dist"), join(staging, "dist"), {
    recursive: true,
    filter: (path) => path !== testDir && !path.startsWith(testDir + sep) && !path.endsWith(".map"),
  });
  for (const file of ["README.md", "CHANGELOG.md", "LICENSE", manifest.icon, ...referencedMedia(manifest.contributes)]) {
    mkdirSync(dirname(join(staging, file)), { recursive: true });
    cpSync(join(root, file), join(staging, file));
  }
  writeFileSync(join(staging, ".vscodeignore"), "**/*.map\n");

  mkdirSync(dirname(out), { recursive: true });
  const result = spawnSync(process.execPath, [getBinScript("@vscode/vsce", "vsce"), "package", "--no-dependencies", "--out", out], { cwd: staging, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`vsce package failed (exit ${result.status ?? result.signal})`);
} finally {
  rmSync(staging, { recursive: true, force: true });
}
console.log(`packaged ${out}`);

/**
 * The files the contributions name (the view container's and the view's icons, the walkthrough's
 * step media): every string value under contributes that is a path into media/. Without them VS Code
 * shows an empty square in the activity bar and blank walkthrough steps.
 */
function referencedMedia(value) {
  if (typeof value === "string") return value.startsWith("media/") ? [value] : [];
  if (value === null || typeof value !== "object") return [];
  return [...new Set(Object.values(value).flatMap(referencedMedia))];
}

/** The JS file a package's bin entry names, resolved from this package as node_modules/.bin would. */
function getBinScript(packageName, binName) {
  const manifestPath = createRequire(join(root, "package.json")).resolve(`${packageName}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifestPath, "utf8"));
  const script = typeof bin === "string" ? bin : bin?.[binName];
  if (!script) throw new Error(`${packageName} has no bin named ${binName}.`);
  return join(dirname(manifestPath), script);
}
