// The UI test: code-server in headless Chromium, used as a person would. In the integrated terminal
// `aws sts get-caller-identity --profile work` runs mfa-session's credential_process, which asks
// this window for the code; a wrong code is re-asked, the right one (from oathtool) gets the identity
// printed; the status bar shows the session. Then the device set-up webview shows a scannable QR,
// takes two consecutive codes and enables the device. Screenshots go to <outDir>/screenshots.
// Usage: SEED_FILE=... SETUP_CODES="c1 c2" AWS_CONFIG_FILE=... node driveUi.cjs <baseUrl> <workspace> <outDir>
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { launchBrowser, stopwatch } = require("./browser.cjs");

const [baseUrl, folder, outDir] = process.argv.slice(2);
const shots = path.join(outDir, "screenshots");
fs.mkdirSync(shots, { recursive: true });
const log = stopwatch();
const results = [];
const usedCodes = new Set((process.env.SETUP_CODES || "").split(/\s+/).filter(Boolean));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The current code of a seed, never one already used (AWS refuses a code twice): waits for the next one. */
async function freshCode(seed) {
  for (;;) {
    const code = execFileSync("oathtool", ["--totp", "-b", seed], { encoding: "utf8" }).trim();
    if (!usedCodes.has(code)) {
      usedCodes.add(code);
      return code;
    }
    await sleep(((30 - (Math.floor(Date.now() / 1000) % 30)) * 1000) + 500);
  }
}

/** Two consecutive codes (current and next), both unused. */
function consecutiveCodes(seed) {
  return execFileSync("oathtool", ["--totp", "-b", "-w", "1", seed], { encoding: "utf8" }).trim().split("\n");
}

async function runCommand(page, title) {
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input.input");
  await input.waitFor({ state: "visible", timeout: 15_000 });
  await input.fill(`>${title}`);
  await page.locator(".quick-input-widget .monaco-list-row", { hasText: title }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press("Enter");
}

async function step(page, name, fn) {
  log("STEP", name);
  try {
    await fn();
    results.push({ title: name, state: "passed" });
    log("  passed");
  } catch (error) {
    results.push({ title: name, state: "failed", error: String(error && error.message || error) });
    await page.screenshot({ path: path.join(shots, `FAILED-${results.length}.png`) }).catch(() => {});
    throw error;
  }
}

const terminalText = (page) => page.locator(".terminal-wrapper .xterm-rows").first().innerText();
const statusItem = (page) => page.locator(".statusbar-item", { hasText: "MFA" }).first();

(async () => {
  const seed = fs.readFileSync(process.env.SEED_FILE, "utf8").trim();
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("console", (m) => { if (m.type() === "error") fs.appendFileSync(path.join(outDir, "ui-browser-console.log"), `${m.text()}\n`); });
  try {
    await step(page, "the workbench loads and the status bar shows MFA signed out", async () => {
      await page.goto(`${baseUrl}/?folder=${encodeURIComponent(folder)}`);
      await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
      await statusItem(page).waitFor({ timeout: 60_000 });
      const text = await statusItem(page).innerText();
      if (!/MFA: signed out/.test(text)) throw new Error(`status bar says ${JSON.stringify(text)}`);
      await page.screenshot({ path: path.join(shots, "01-workbench.png") });
    });

    await step(page, "aws sts get-caller-identity in the terminal opens the code input box", async () => {
      await runCommand(page, "Terminal: Create New Terminal");
      await page.locator(".terminal-wrapper .xterm").first().waitFor({ timeout: 20_000 });
      await sleep(2500); // the shell needs a moment before typed input reaches it
      await page.locator(".terminal-wrapper .xterm").first().click();
      await page.keyboard.type("type mfa-session && aws sts get-caller-identity --profile work");
      await page.keyboard.press("Enter");
      await page.locator(".quick-input-widget", { hasText: "MFA code for profile work" }).waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(shots, "02-code-prompt.png") });
    });

    await step(page, "a wrong code is refused and the box asks again, saying it was incorrect", async () => {
      const valid = new Set(execFileSync("oathtool", ["--totp", "-b", "-w", "2", "-N", "now - 60 seconds", seed], { encoding: "utf8" }).trim().split("\n"));
      const wrong = ["000000", "111111", "222222"].find((code) => !valid.has(code));
      await page.keyboard.type(wrong, { delay: 40 });
      await page.locator(".quick-input-widget", { hasText: "That code was incorrect, try again" }).waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(shots, "03-wrong-code-reprompt.png") });
    });

    await step(page, "the right code from oathtool gets the identity printed in the terminal", async () => {
      const code = await freshCode(seed);
      await page.locator(".quick-input-widget input.input").click();
      await page.keyboard.type(code, { delay: 40 });
      const end = Date.now() + 30_000;
      let text = "";
      while (Date.now() < end && !/user\/alice/.test(text)) {
        await sleep(300);
        text = await terminalText(page);
      }
      fs.writeFileSync(path.join(outDir, "ui-terminal.txt"), text);
      if (!/"Arn": "arn:aws:iam::\d{12}:user\/alice"/.test(text)) throw new Error("the terminal did not print alice's identity (see ui-terminal.txt)");
      await page.screenshot({ path: path.join(shots, "04-terminal-identity.png") });
    });

    await step(page, "the status bar shows the session of profile work and its time left", async () => {
      const end = Date.now() + 20_000;
      let text = "";
      while (Date.now() < end && !/MFA work \d+h\d\dm/.test(text)) {
        await sleep(300);
        text = await statusItem(page).innerText();
      }
      if (!/MFA work \d+h\d\dm/.test(text)) throw new Error(`status bar says ${JSON.stringify(text)}`);
      await page.screenshot({ path: path.join(shots, "05-status-bar-session.png") });
    });

    await step(page, "Escape in the code prompt cancels the caller cleanly", async () => {
      await page.locator(".terminal-wrapper .xterm").first().click();
      await page.keyboard.type('clear; mfa-session login --profile work --force; echo "exit=$?"');
      await page.keyboard.press("Enter");
      await page.locator(".quick-input-widget", { hasText: "MFA code for profile work" }).waitFor({ timeout: 30_000 });
      await page.keyboard.press("Escape");
      const end = Date.now() + 30_000;
      let text = "";
      while (Date.now() < end && !/exit=\d+/.test(text)) {
        await sleep(300);
        text = await terminalText(page);
      }
      const exit = /exit=(\d+)/.exec(text);
      if (!exit || exit[1] === "0") throw new Error(`the login did not stop with an error exit code: ${JSON.stringify(text.slice(-400))}`);
      if (!/cancel/i.test(text)) throw new Error(`the terminal does not say the prompt was cancelled: ${JSON.stringify(text.slice(-400))}`);
      if (await page.locator(".quick-input-widget", { hasText: "MFA code" }).isVisible()) throw new Error("the input box is still open");
      await page.screenshot({ path: path.join(shots, "06-escape-cancelled.png") });
    });

    await step(page, "clicking the status bar lists the session with renew, sign out and switch", async () => {
      await statusItem(page).click();
      const row = page.locator(".quick-input-widget .monaco-list-row", { hasText: "work" }).first();
      await row.waitFor({ timeout: 15_000 });
      if (!/\d+h\d\dm left/.test(await row.innerText())) throw new Error(`the session row says ${JSON.stringify(await row.innerText())}`);
      await row.click();
      for (const action of ["Renew", "Sign out", "Switch the status bar to this profile"]) {
        await page.locator(".quick-input-widget .monaco-list-row", { hasText: action }).first().waitFor({ timeout: 15_000 });
      }
      await page.screenshot({ path: path.join(shots, "07-session-actions.png") });
      await page.keyboard.press("Escape");
    });

    let qrUri;
    await step(page, "the device set-up webview shows a QR code that decodes to an otpauth URI", async () => {
      await runCommand(page, "MFA Session: Set Up Virtual MFA Device");
      await page.locator(".quick-input-widget .monaco-list-row", { hasText: "bob-keys" }).first().waitFor({ timeout: 15_000 });
      await page.locator(".quick-input-widget .monaco-list-row", { hasText: "bob-keys" }).first().click();
      await page.locator(".quick-input-widget", { hasText: "name of the new virtual MFA device" }).waitFor({ timeout: 15_000 });
      await page.keyboard.press("Enter");
      const webview = page.frameLocator("iframe.webview.ready").frameLocator("#active-frame");
      const qr = webview.locator("#qr");
      await qr.waitFor({ state: "visible", timeout: 30_000 });
      await sleep(500);
      await page.screenshot({ path: path.join(shots, "08-device-setup-qr.png") });
      const qrFile = path.join(outDir, "qr.png");
      await qr.screenshot({ path: qrFile });
      qrUri = execFileSync("zbarimg", ["-q", "--raw", qrFile], { encoding: "utf8" }).trim();
      fs.rmSync(qrFile);
      if (!/^otpauth:\/\/totp\//.test(qrUri)) throw new Error("the QR does not decode to an otpauth:// URI");
    });

    await step(page, "two consecutive codes in the webview enable the device and update the profile", async () => {
      const deviceSeed = new URL(qrUri).searchParams.get("secret");
      const [code1, code2] = consecutiveCodes(deviceSeed);
      const webview = page.frameLocator("iframe.webview.ready").frameLocator("#active-frame");
      await webview.locator("#code1").fill(code1);
      await webview.locator("#code2").fill(code2);
      await webview.locator("#enable").click();
      await webview.locator("#status.done", { hasText: "Enabled" }).waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(shots, "09-device-enabled.png") });
      const config = fs.readFileSync(process.env.AWS_CONFIG_FILE, "utf8");
      if (!/\[profile bob-keys\][^[]*mfa_serial = arn:aws:iam::\d{12}:mfa\/bob/.test(config)) throw new Error("mfa_serial was not written into profile bob-keys");
    });
  } catch (error) {
    log("FAILED:", error && error.message);
  } finally {
    const passed = results.filter((r) => r.state === "passed").length;
    const failed = results.length - passed;
    fs.writeFileSync(path.join(outDir, "ui-results.json"), `${JSON.stringify({ passed, failed, tests: results }, null, 2)}\n`);
    console.log(`${passed} passed, ${failed} failed`);
    await browser.close();
    process.exitCode = failed === 0 && passed === 9 ? 0 : 1;
  }
})();
