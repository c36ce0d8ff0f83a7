// Bundles the extension into dist/extension.js (CommonJS, `vscode` external) with @mfa-session/core
// inside. Core loads the AWS SDK with `await import("@aws-sdk/...")`; each such package becomes its
// own file under dist/aws-sdk/, required only when that import runs, so activation never parses the SDK.
// Also bundles the extension-host mocha tests into dist/test/ (left out of the .vsix).
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";

const shared = { bundle: true, format: "cjs", platform: "node", target: "node20", sourcemap: true, logLevel: "warning" };

/** Rewrites `@aws-sdk/x` to `./aws-sdk/x.js` (external) and records which packages to bundle apart. */
function lazyAwsSdk(found) {
  return {
    name: "lazy-aws-sdk",
    setup(b) {
      b.onResolve({ filter: /^@aws-sdk\// }, (args) => {
        found.set(args.path, args.resolveDir);
        return { path: `./aws-sdk/${args.path.slice("@aws-sdk/".length)}.js`, external: true };
      });
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
    outfile: `dist/aws-sdk/${name.slice("@aws-sdk/".length)}.js`,
    absWorkingDir: dirname(entry),
  });
}
await build({
  ...shared,
  entryPoints: { index: "test/extension-host/index.ts" },
  outdir: "dist/test",
  external: ["vscode", "mocha"],
});
