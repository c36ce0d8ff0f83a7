import { fileURLToPath } from "node:url";
import { defineProjectConfig } from "../../vitest.shared.ts";

// Unit tests run against a hand-written fake of the `vscode` namespace (the real one exists only in
// an extension host); test/codeServer.integ.test.ts runs the real thing in code-server.
const config = defineProjectConfig({
  exclude: ["test/extension-host/**", "node_modules/**", "dist/**"],
});
config.resolve = { alias: { vscode: fileURLToPath(new URL("./test/fakeVscode.ts", import.meta.url)) } };
export default config;
