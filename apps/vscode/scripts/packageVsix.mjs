// Packages the extension as a .vsix from a staging folder holding only what ships (package.json
// without dependencies, dist/ without the tests, README, LICENSE), so vsce never runs npm on this
// pnpm workspace. Usage: node scripts/packageVsix.mjs [out.vsix]   (default: mfa-session-vscode.vsix)
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = resolve(process.argv[2] ?? join(root, "mfa-session-vscode.vsix"));
const staging = join(root, ".tmp", "vsix-staging");
if (!existsSync(join(root, "dist", "extension.js"))) throw new Error("dist/extension.js is missing: run `pnpm --filter mfa-session-vscode build` first.");

rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
for (const field of ["dependencies", "devDependencies", "scripts", "private"]) delete manifest[field];
manifest.repository ??= { type: "git", url: "https://github.com/mfa-session/mfa-session.git" };
writeFileSync(join(staging, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
cpSync(join(root, "dist"), join(staging, "dist"), { recursive: true, filter: (path) => !path.startsWith(join(root, "dist", "test")) });
for (const file of ["README.md", "LICENSE"]) cpSync(join(root, file), join(staging, file));
writeFileSync(join(staging, ".vscodeignore"), "**/*.map\n");

mkdirSync(dirname(out), { recursive: true });
const vsce = join(root, "node_modules", ".bin", "vsce");
const result = spawnSync(vsce, ["package", "--no-dependencies", "--out", out], { cwd: staging, stdio: "inherit" });
if (result.status !== 0) throw new Error(`vsce package failed (exit ${result.status ?? result.signal})`);
console.log(`packaged ${out}`);
