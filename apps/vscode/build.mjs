// Bundles the extension into dist/extension.js (CommonJS, `vscode` external) with @mfa-session/core
// inside. Core loads the AWS SDK with `await import("@aws-sdk/...")`; each such package becomes its
// own file under dist/aws-sdk/, required only when that import runs, so activation never parses the SDK.
// The OS keychain's native module goes to dist/keyring/ the same way (copyKeyring).
// Also bundles the extension-host mocha tests into dist/test/ (left out of the .vsix).
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";

const shared = { bundle: true, format: "cjs", platform: "node", target: "node20", sourcemap: true, logLevel: "warning" };

/**
 * `@aws-sdk/x` and `@smithy/x` become a stub that requires `./aws-sdk/<x>.js` (bundled apart below),
 * so core's `await import(...)` turns into a require() that runs on the first network call only.
 */
function lazyAwsSdk(found) {
  const fileOf = (name) => `./aws-sdk/${name.replace(/^@/, "").replace("/", "__")}.js`;
  return {
    name: "lazy-aws-sdk",
    setup(b) {
      b.onResolve({ filter: /^@(aws-sdk|smithy)\// }, (args) => {
        found.set(args.path, args.resolveDir);
        return { path: args.path, namespace: "lazy-aws-sdk" };
      });
      b.onLoad({ filter: /.*/, namespace: "lazy-aws-sdk" }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(fileOf(args.path))});`,
        loader: "js",
      }));
      b.onResolve({ filter: /^\.\/aws-sdk\// }, (args) => ({ path: args.path, external: true }));
    },
  };
}

/**
 * The OS keychain module (@napi-rs/keyring) is native: its loader and the prebuilt binary of every
 * platform installed here (npm installs the packaging machine's) go to dist/keyring/, where the
 * loader looks first (./keyring.<platform>.node). Core's `await import("@napi-rs/keyring")` becomes
 * import("./keyring/index.js"), run on a keychain read only. On a platform without its binary
 * in the .vsix, core's error says the module could not be loaded and names the alternatives.
 */
const KEYRING = "@napi-rs/keyring";
const keyringModule = {
  name: "keyring-beside-bundle",
  setup(b) {
    b.onResolve({ filter: /^@napi-rs\/keyring$/ }, () => ({ path: "./keyring/index.js", external: true }));
  },
};

function copyKeyring() {
  const requireFromCore = createRequire(createRequire(import.meta.url).resolve("@mfa-session/core/package.json"));
  const loader = requireFromCore.resolve(KEYRING);
  const requireFromKeyring = createRequire(loader);
  mkdirSync("dist/keyring", { recursive: true });
  copyFileSync(loader, "dist/keyring/index.js");
  copyFileSync(resolve(dirname(loader), "LICENSE"), "dist/keyring/LICENSE");
  const { optionalDependencies = {} } = JSON.parse(readFileSync(resolve(dirname(loader), "package.json"), "utf8"));
  let binaries = 0;
  for (const name of Object.keys(optionalDependencies)) {
    let dir;
    try {
      dir = dirname(requireFromKeyring.resolve(`${name}/package.json`));
    } catch {
      continue; // another platform's package: not installed here
    }
    for (const file of readdirSync(dir).filter((entry) => entry.endsWith(".node"))) {
      copyFileSync(resolve(dir, file), `dist/keyring/${file}`);
      binaries += 1;
    }
  }
  if (binaries === 0) throw new Error(`No prebuilt ${KEYRING} binary is installed for this platform: run pnpm install.`);
}

rmSync("dist", { recursive: true, force: true });
const awsPackages = new Map();
await build({
  ...shared,
  entryPoints: { extension: "src/extension.ts" },
  outdir: "dist",
  external: ["vscode"],
  plugins: [lazyAwsSdk(awsPackages), keyringModule],
});
copyKeyring();
for (const [name, resolveDir] of awsPackages) {
  const entry = createRequire(`${resolveDir}/`).resolve(name);
  await build({
    ...shared,
    entryPoints: [entry],
    outfile: resolve(`dist/aws-sdk/${name.replace(/^@/, "").replace("/", "__")}.js`),
    absWorkingDir: dirname(entry),
  });
}
await build({
  ...shared,
  entryPoints: { index: "test/extension-host/index.ts", suite: "test/extension-host/suite.ts" },
  outdir: "dist/test",
  external: ["vscode", "mocha", KEYRING],
});
