// Shared by the two code-server drivers: launch the machine's headless Chromium through playwright-core.
// Playwright's launch() already uses a fresh temporary profile (it rejects --user-data-dir in args).
const { chromium } = require("playwright-core");

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

function stopwatch() {
  const t0 = Date.now();
  return (...parts) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...parts);
}

module.exports = { launchBrowser, stopwatch };
