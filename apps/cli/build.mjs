// Bundles the CLI into dist/mfa-session.js. Code splitting keeps every `await import()` (each
// command, the AWS SDK) in its own chunk, so the credential_process cache-hit path loads only what it needs.
import { build } from "esbuild";
import { chmodSync, rmSync } from "node:fs";

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
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __mfaCreateRequire } from 'node:module'; const require = __mfaCreateRequire(import.meta.url);",
  },
  logLevel: "warning",
});
chmodSync("dist/mfa-session.js", 0o755);
