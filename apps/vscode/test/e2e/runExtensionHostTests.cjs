// Runs the extension-host mocha suite (dist/test/index.js) inside code-server's remote extension
// host: the equivalent of --extensionDevelopmentPath/--extensionTestsPath. The web workbench takes
// both from the `payload` URL parameter (only with --vscode-option enable-smoke-test-driver) and
// reports the extension host's exit code through window.codeAutomationExit().
// Usage: node runExtensionHostTests.cjs <baseUrl> <extensionDir> <workspaceFolder> <outDir>
const fs = require("node:fs");
const path = require("node:path");
const util = require("node:util");
const { launchBrowser, stopwatch } = require("./browser.cjs");

const [baseUrl, extensionDir, folder, outDir] = process.argv.slice(2);
const log = stopwatch();
const base = new URL(baseUrl);

(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  const consoleLog = path.join(outDir, "extension-host-console.log");
  fs.writeFileSync(consoleLog, "");
  const browser = await launchBrowser();
  const page = await browser.newPage();
  let resolveExit;
  const exited = new Promise((resolve) => (resolveExit = resolve));
  await page.exposeFunction("codeAutomationLog", (type, args) => {
    const line = util.format(...(args || []));
    fs.appendFileSync(consoleLog, `[${type}] ${line}\n`);
    console.log("[ext-host]", line);
  });
  await page.exposeFunction("codeAutomationExit", async (code) => resolveExit(code));
  page.on("console", (message) => fs.appendFileSync(consoleLog, `[browser] ${message.text()}\n`));
  const remote = (p) => `vscode-remote://${base.host}${p}`;
  const payload = JSON.stringify([
    ["extensionDevelopmentPath", remote(extensionDir)],
    ["extensionTestsPath", remote(path.join(extensionDir, "dist", "test", "index.js"))],
    ["skipWelcome", "true"],
  ]);
  const url = `${base.origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`;
  log("open workbench with the extension under test");
  await page.goto(url);
  const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve("timeout"), 180_000))]);
  log("extension host exit code:", code);
  await browser.close();
  process.exit(code === 0 ? 0 : 1);
})().catch((error) => {
  console.error("FAILED", error);
  process.exit(2);
});
