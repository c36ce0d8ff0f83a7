// Bundles the extension into dist/extension.js (CommonJS, `vscode` external) with @mfa-session/core
// inside. Core loads the AWS SDK with `await import("@aws-sdk/...")`; each such package becomes its
// own file under dist/aws-sdk/, required only when that import runs, so activation never parses the SDK.
// Also bundles the extension-host mocha tests into dist/test/ (left out of the .vsix).
import { build } from "esbuild";
import { rmSync } from "node:fs";
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

rmSync("dist", { recursive: true, force: true });
const awsPackages = new Map();
await build({
  ...shared,
  entryPoints: { extension: "src/extension.ts" },
  outdir: "dist",
  external: ["vscode"],
  plugins: [lazyAwsSdk(awsPackages)],
});
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
  external: ["vscode", "mocha"],
});
