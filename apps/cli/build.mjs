// Bundles the CLI. dist/mfa-session.js is a small CommonJS entry (dist/package.json says so) holding
// only the credential_process cache-hit path, so the hot path starts without Node's ESM loader; on
// anything else it imports dist/cli.mjs, the full CLI, where code splitting keeps every `await import()`
// (each command, the AWS SDK) in its own chunk.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { build } from "esbuild";
import { chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
/** The OS keychain's native module: never bundled (a .node binary per platform, from npm's prebuilt packages). */
const KEYRING = "@napi-rs/keyring";
process.chdir(root);
const { version } = JSON.parse(readFileSync("package.json", "utf8"));

// With splitting, esbuild turns a dynamically imported CommonJS package (the AWS SDK ships dist-cjs)
// into a chunk with only `export default`, so `const { STSClient } = await import(...)` gets undefined.
// This plugin puts an ESM facade with the package's named exports (read at build time) in between.
const cjsDynamicImportFacade = {
  name: "cjs-dynamic-import-facade",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@(aws-sdk|smithy)\// }, async (args) => {
      if (args.kind !== "dynamic-import" || args.pluginData?.facade) return undefined;
      const resolved = await pluginBuild.resolve(args.path, { kind: "dynamic-import", resolveDir: args.resolveDir, pluginData: { facade: true } });
      if (resolved.errors.length > 0 || !isCommonJs(resolved.path)) return undefined;
      return { path: resolved.path, namespace: "cjs-facade" };
    });
    pluginBuild.onLoad({ filter: /.*/, namespace: "cjs-facade" }, (args) => {
      const names = Object.keys(createRequire(args.path)(args.path)).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== "default");
      const contents = [
        `import mod from ${JSON.stringify(args.path)};`,
        "export default mod;",
        ...names.map((name) => `export const ${name} = mod[${JSON.stringify(name)}];`),
      ].join("\n");
      return { contents, loader: "js", resolveDir: dirname(args.path) };
    });
  },
};

/**
 * Bundles `entry` as one plain CommonJS chunk (no import(): bin.ts loads it with vm.Script or
 * require), minified, and writes it to chunks/<stem>-<sha256>.js in the staging folder. The name ties
 * the file (and any V8 code cache beside it, which V8 checks against the source's length only) to its
 * exact text. Returns the chunk's path relative to dist/.
 */
async function writeHashedChunk(entry, stem) {
  const [chunk] = (
    await build({
      absWorkingDir: root,
      entryPoints: [entry],
      bundle: true,
      format: "cjs",
      platform: "node",
      target: "node20",
      write: false,
      outfile: `${stem}.js`,
      // Less text to read and hash at every start; names stay, for readable stack traces.
      minifyWhitespace: true,
      minifySyntax: true,
      // Resolved even when tree-shaking drops it; the check below makes sure it was dropped.
      external: [KEYRING],
      logLevel: "warning",
    })
  ).outputFiles;
  if (/\bimport\(/.test(chunk.text)) throw new Error(`The ${stem} chunk contains import(); it must be plain CommonJS.`);
  if (chunk.text.includes(KEYRING)) throw new Error(`The ${stem} chunk reaches ${KEYRING}; the OS keychain is read on a cache miss only.`);
  const name = `chunks/${stem}-${createHash("sha256").update(chunk.contents).digest("hex").slice(0, 16)}.js`;
  mkdirSync(`${staging}/chunks`, { recursive: true });
  writeFileSync(`${staging}/${name}`, chunk.contents);
  return name;
}

/**
 * The credential_process cache-hit path (see writeHashedChunk), with V8's code cache for the building
 * Node beside it (see src/fastPath/codeCacheFiles.ts). Returns the chunk's path relative to dist/.
 */
async function buildCacheHitChunk() {
  const name = await writeHashedChunk("src/fastPath/cacheHitModule.ts", "cache-hit");
  // Made by running the chunk once, in a node without NODE_OPTIONS: V8 refuses a cache made under other flags.
  const warmUp = `${staging}/warm-code-cache.mjs`;
  await build({
    absWorkingDir: root,
    entryPoints: ["src/fastPath/warmCodeCache.ts"],
    outfile: warmUp,
    bundle: true,
    packages: "external",
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
  });
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  execFileSync(process.execPath, [warmUp, join(root, staging, name)], { env, stdio: "inherit" });
  rmSync(warmUp);
  return name;
}

/**
 * What bin.ts loads after a cache miss of credential_process: the wait for another process's sign-in
 * (src/fastPath/signInWaitModule.ts), compiled as usual (a miss is not the path a code cache pays for).
 */
function buildSignInWaitChunk() {
  return writeHashedChunk("src/fastPath/signInWaitModule.ts", "sign-in-wait");
}

function isCommonJs(path) {
  return path.endsWith(".cjs") || path.includes("/dist-cjs/") || path.includes("\\dist-cjs\\");
}

// Build beside dist/ and move the result in, the entry last: a test or AWS CLI running the previous
// build meanwhile (other packages' builds run this too) never finds dist/ missing, and its lazily
// loaded chunks (content-hashed names) stay in place. Chunks unused for an hour are cleaned up.
const staging = `dist.staging-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
try {
  await build({
    absWorkingDir: root,
    // save-code-cache: what bin.ts loads after a hit under a Node the build made no code cache for.
    entryPoints: { cli: "src/main.ts", "save-code-cache": "src/fastPath/saveCodeCache.ts" },
    outdir: staging,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: true,
    chunkNames: "chunks/[name]-[hash]",
    // Native (a .node binary per platform, from npm's prebuilt packages): a runtime dependency, loaded
    // by import() on a keychain read only. The cache-hit chunk never reaches it (its build refuses import()).
    external: [KEYRING],
    define: { __MFA_SESSION_VERSION__: JSON.stringify(version) },
    plugins: [cjsDynamicImportFacade],
    banner: {
      js: "import { createRequire as __mfaCreateRequire } from 'node:module'; const require = __mfaCreateRequire(import.meta.url);",
    },
    logLevel: "warning",
  });
  const cacheHitChunk = await buildCacheHitChunk();
  const signInWaitChunk = await buildSignInWaitChunk();
  await build({
    absWorkingDir: root,
    entryPoints: { "mfa-session": "src/bin.ts" },
    outdir: staging,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    sourcemap: true,
    define: { __CACHE_HIT_CHUNK__: JSON.stringify(cacheHitChunk), __SIGN_IN_WAIT_CHUNK__: JSON.stringify(signInWaitChunk) },
    external: [KEYRING],
    banner: { js: "#!/usr/bin/env node" },
    logLevel: "warning",
  });
  writeFileSync(`${staging}/package.json`, `${JSON.stringify({ type: "commonjs", private: true }, null, 2)}\n`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  throw error;
}
chmodSync(`${staging}/mfa-session.js`, 0o755);
mkdirSync("dist/chunks", { recursive: true });
const fresh = new Set(readdirSync(`${staging}/chunks`));
for (const name of fresh) renameSync(`${staging}/chunks/${name}`, `dist/chunks/${name}`);
for (const name of readdirSync(staging).filter((entry) => entry !== "chunks")) renameSync(`${staging}/${name}`, `dist/${name}`);
rmSync(staging, { recursive: true, force: true });
const hourAgo = Date.now() - 3_600_000;
for (const name of readdirSync("dist/chunks")) {
  if (!fresh.has(name) && statSync(`dist/chunks/${name}`).mtimeMs < hourAgo) rmSync(`dist/chunks/${name}`, { force: true });
}
// npm pack (files: dist) takes only this build's chunks: not the ones kept for running processes, nor
// source maps (the package ships none: names are kept, so stack traces stay readable).
const shipped = [...fresh].filter((name) => !name.endsWith(".map")).sort();
writeFileSync("dist/chunks/.npmignore", ["*", ...shipped.map((name) => `!${name}`), ""].join("\n"));
