// Bundles the CLI into dist/mfa-session.js. Code splitting keeps every `await import()` (each
// command, the AWS SDK) in its own chunk, so the credential_process cache-hit path loads only what it needs.
import { build } from "esbuild";
import { chmodSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";

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

function isCommonJs(path) {
  return path.endsWith(".cjs") || path.includes("/dist-cjs/") || path.includes("\\dist-cjs\\");
}

rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints: { "mfa-session": "src/bin.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  chunkNames: "chunks/[name]-[hash]",
  plugins: [cjsDynamicImportFacade],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __mfaCreateRequire } from 'node:module'; const require = __mfaCreateRequire(import.meta.url);",
  },
  logLevel: "warning",
});
chmodSync("dist/mfa-session.js", 0o755);
