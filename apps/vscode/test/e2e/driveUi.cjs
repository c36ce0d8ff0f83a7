// The UI test: code-server in headless Chromium, used as a person would. It starts as a new user:
// no MFA profile, so no status bar item, and the MFA Session view shows its welcome content; the
// walkthrough's first step finds the CLI; Configure Profile (from the view's welcome button) makes
// profile work an MFA profile, its device picked from alice's devices, its diff shown in a modal.
// In the integrated terminal `aws sts get-caller-identity --profile work` runs mfa-session's
// credential_process, which asks this window for the code; a wrong code is re-asked, the right one
// (from oathtool) gets the identity printed; the status bar and the view show the session; the view's
// inline Sign Out and Sign In act on the row; with the extension's clock moved forward (a file the
// extension reads, MFA_SESSION_TEST_CLOCK_FILE) a notification warns before the session's end and
// another says it has ended, each with Renew, whose Renew signs in again. Then the device set-up
// webview shows a scannable QR, takes two consecutive codes and enables the device. Screenshots go
// to <outDir>/screenshots.
// Usage: SEED_FILE=... SETUP_CODES="c1 c2" AWS_CONFIG_FILE=... CLOCK_FILE=... node driveUi.cjs <baseUrl> <workspace> <outDir>
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
  const input = page.locator(".quick-input-widget input.input");
  // F1 does nothing while the focus is inside a frame (a walkthrough's media, a webview), and a slow
  // F1 raced with a fallback click closes the box again: the title bar's command centre, clicked
  // only while no box is open, opens it wherever the focus is; a box closed meanwhile is opened again.
  for (let attempt = 1; ; attempt++) {
    if (!(await input.isVisible())) await page.locator(".command-center .command-center-center").first().click();
    try {
      await input.fill(`>${title}`, { timeout: 10_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
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
    // The workbench's DOM at the failure, to see what a locator missed.
    await page.content().then((html) => fs.writeFileSync(path.join(outDir, `ui-failed-${results.length}.html`), html), () => {});
    throw error;
  }
}

const terminalText = (page) => page.locator(".terminal-wrapper .xterm-rows").first().innerText();
const statusItem = (page) => page.locator(".statusbar-item", { hasText: "MFA" }).first();
const quickRow = (page, text) => page.locator(".quick-input-widget .monaco-list-row", { hasText: text }).first();
const viewPane = (page) => page.locator(".pane", { has: page.locator(".pane-header", { hasText: "Profiles and Sessions" }) }).first();
const viewRow = (page, text) => viewPane(page).locator(".monaco-list-row", { hasText: text }).first();

/** Shows the MFA Session view (its activity bar icon), unless it is showing. */
async function openView(page) {
  if (await viewPane(page).isVisible()) return;
  await page.locator('.activitybar [aria-label^="MFA Session"]').first().click();
  await viewPane(page).waitFor({ timeout: 15_000 });
}

/** Polls until `read()` matches `pattern`; returns the last text. */
async function waitForText(read, pattern, ms, what) {
  const end = Date.now() + ms;
  let text = "";
  while (Date.now() < end) {
    text = await read().catch(() => "");
    if (pattern.test(text)) return text;
    await sleep(300);
  }
  throw new Error(`${what} says ${JSON.stringify(text.slice(-400))}, not ${pattern}`);
}

/** The notification centre (in smoke-test-driver mode notifications go there, not to toasts), opened by the status bar's bell. */
const notificationCentre = (page) => page.locator(".notifications-center");
async function notificationWith(page, text, ms = 20_000) {
  if (!(await notificationCentre(page).isVisible())) await page.locator("#status\\.notifications a").first().click();
  const item = page.locator(".notifications-center .notification-list-item", { hasText: text }).first();
  await item.waitFor({ timeout: ms });
  return item;
}
async function hideNotifications(page) {
  if (await notificationCentre(page).isVisible()) await page.locator("#status\\.notifications a").first().click();
  await notificationCentre(page).waitFor({ state: "hidden", timeout: 10_000 });
}

/** Moves the extension's clock (and only the extension's: MFA_SESSION_TEST_CLOCK_FILE) by an offset from the real time. */
const moveClock = (offsetMs) => fs.writeFileSync(process.env.CLOCK_FILE, `${offsetMs}\n`);

/** A tree row's inline action (shown on hover). */
async function rowAction(page, rowText, label) {
  const row = viewRow(page, rowText);
  await row.hover();
  const action = row.locator(`.actions [aria-label^="${label}"]`).first();
  await action.waitFor({ timeout: 10_000 });
  await action.click();
}

(async () => {
  const seed = fs.readFileSync(process.env.SEED_FILE, "utf8").trim();
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("console", (m) => { if (m.type() === "error") fs.appendFileSync(path.join(outDir, "ui-browser-console.log"), `${m.text()}\n`); });
  try {
    await step(page, "first start with no MFA profile: no status bar item, and the MFA Session view shows its welcome content", async () => {
      await page.goto(`${baseUrl}/?folder=${encodeURIComponent(folder)}`);
      await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
      await openView(page);
      await viewPane(page).locator(".welcome-view-content", { hasText: "No AWS profile uses an MFA device yet" }).waitFor({ timeout: 60_000 });
      for (const button of ["Configure a Profile", "Set Up a Device"]) {
        await viewPane(page).locator(".welcome-view-content .monaco-button", { hasText: button }).first().waitFor({ timeout: 10_000 });
      }
      await sleep(2000); // the extension has activated (the view is its own); its status bar item stays hidden
      if (await statusItem(page).isVisible()) throw new Error(`a status bar item shows ${JSON.stringify(await statusItem(page).innerText())} for a user with no MFA profile`);
      await page.screenshot({ path: path.join(shots, "01-first-start-welcome.png") });
    });

    await step(page, "the walkthrough opens from the view, and its first step's button finds the CLI", async () => {
      await viewPane(page).locator(".welcome-view-content a", { hasText: "walkthrough" }).first().click();
      const walkthrough = page.locator(".gettingStartedContainer");
      await walkthrough.locator("text=Get started with MFA Session").first().waitFor({ timeout: 30_000 });
      for (const title of ["Find or install the CLI", "Add your access keys", "Set up or choose an MFA device", "Configure a profile"]) {
        await walkthrough.locator(".getting-started-step", { hasText: title }).first().waitFor({ timeout: 10_000 });
      }
      await walkthrough.locator(".getting-started-step", { hasText: "Find or install the CLI" }).first().click();
      await walkthrough.locator(".monaco-button, a", { hasText: "Find the CLI" }).first().click();
      // The step's checkbox turns to a filled check once its completion event (the command) ran.
      await walkthrough.locator(".getting-started-step", { hasText: "Find or install the CLI" }).locator('.codicon.complete, [role="checkbox"][aria-checked="true"]').first().waitFor({ timeout: 15_000 });
      await page.screenshot({ path: path.join(shots, "02-walkthrough.png") });
      await notificationWith(page, "found the mfa-session CLI");
      await hideNotifications(page);
    });

    await step(page, "Configure Profile from the view's welcome button: alice's device picked from a list, the region preselected, the diff in a modal, then written", async () => {
      await runCommand(page, "View: Close All Editors");
      await openView(page);
      await viewPane(page).locator(".welcome-view-content .monaco-button", { hasText: "Configure a Profile" }).first().click();
      await quickRow(page, "New profile").waitFor({ timeout: 30_000 });
      for (const name of ["alice-keys", "bob-keys"]) await quickRow(page, name).waitFor({ timeout: 5_000 });
      await quickRow(page, "New profile").click();
      await page.locator(".quick-input-widget", { hasText: "name of the new profile" }).waitFor({ timeout: 15_000 });
      await page.keyboard.type("work");
      await page.keyboard.press("Enter");
      await page.locator(".quick-input-widget", { hasText: "source of work" }).waitFor({ timeout: 15_000 });
      await quickRow(page, "alice-keys").click();
      await page.locator(".quick-input-widget", { hasText: "MFA device of work" }).waitFor({ timeout: 30_000 });
      await quickRow(page, "mfa/alice").click();
      await page.locator(".quick-input-widget", { hasText: "role for work" }).waitFor({ timeout: 15_000 });
      await page.keyboard.press("Enter");
      await page.locator(".quick-input-widget", { hasText: "region of work" }).waitFor({ timeout: 15_000 });
      const region = await page.locator(".quick-input-widget input.input").inputValue();
      if (region !== "us-east-1") throw new Error(`the region box holds ${JSON.stringify(region)}, not the profile's us-east-1`);
      await page.keyboard.press("Enter");
      const dialog = page.locator(".monaco-dialog-box", { hasText: "Write profile work to" });
      await dialog.waitFor({ timeout: 30_000 });
      const diff = await dialog.innerText();
      if (!/credential_process/.test(diff)) throw new Error(`the modal shows no diff: ${JSON.stringify(diff.slice(0, 400))}`);
      await page.screenshot({ path: path.join(shots, "03-configure-profile-diff.png") });
      await dialog.locator(".monaco-button", { hasText: "Write" }).first().click();
      const end = Date.now() + 15_000;
      let config = "";
      while (Date.now() < end && !/credential_process/.test(config)) {
        await sleep(300);
        config = fs.readFileSync(process.env.AWS_CONFIG_FILE, "utf8");
      }
      const work = config.split("[profile work]")[1] || "";
      if (!/credential_process = .*credential-process --profile work/.test(work) || !/mfa_serial = arn:aws:iam::\d{12}:mfa\/alice/.test(work)
        || !/region = us-east-1/.test(work) || !/endpoint_url = /.test(work)) throw new Error(`profile work was not written as expected:\n${work}`);
      await viewRow(page, "work").waitFor({ timeout: 15_000 });
    });

    await step(page, "the status bar and the view show profile work, signed out", async () => {
      await waitForText(() => statusItem(page).innerText(), /MFA( work)?: signed out/, 20_000, "the status bar");
      await waitForText(() => viewRow(page, "work").innerText(), /signed out/, 10_000, "the view's row");
      await page.screenshot({ path: path.join(shots, "04-workbench.png") });
    });

    await step(page, "aws sts get-caller-identity in the terminal opens the code input box", async () => {
      await runCommand(page, "Terminal: Create New Terminal");
      await page.locator(".terminal-wrapper .xterm").first().waitFor({ timeout: 20_000 });
      await sleep(2500); // the shell needs a moment before typed input reaches it
      await page.locator(".terminal-wrapper .xterm").first().click();
      await page.keyboard.type("type mfa-session && aws sts get-caller-identity --profile work");
      await page.keyboard.press("Enter");
      await page.locator(".quick-input-widget", { hasText: "MFA code for profile work" }).waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(shots, "05-code-prompt.png") });
    });

    await step(page, "a wrong code is refused and the box asks again, saying it was incorrect", async () => {
      const valid = new Set(execFileSync("oathtool", ["--totp", "-b", "-w", "2", "-N", "now - 60 seconds", seed], { encoding: "utf8" }).trim().split("\n"));
      const wrong = ["000000", "111111", "222222"].find((code) => !valid.has(code));
      await page.keyboard.type(wrong, { delay: 40 });
      await page.locator(".quick-input-widget", { hasText: "That code was incorrect, try again" }).waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(shots, "06-wrong-code-reprompt.png") });
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
      await page.screenshot({ path: path.join(shots, "07-terminal-identity.png") });
    });

    await step(page, "the status bar shows the session of profile work and its time left", async () => {
      await waitForText(() => statusItem(page).innerText(), /MFA work \d+h\d\dm/, 20_000, "the status bar");
      await page.screenshot({ path: path.join(shots, "08-status-bar-session.png") });
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
      await page.screenshot({ path: path.join(shots, "09-escape-cancelled.png") });
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
      await page.screenshot({ path: path.join(shots, "10-session-actions.png") });
      await page.keyboard.press("Escape");
    });

    await step(page, "the view lists work with its time left; its inline Sign Out signs out, and the status bar is not left in the warning colour", async () => {
      await openView(page);
      await waitForText(() => viewRow(page, "work").innerText(), /\d+h\d\dm left/, 20_000, "the view's row");
      await viewRow(page, "work").hover();
      for (const label of ["Renew", "Sign Out"]) await viewRow(page, "work").locator(`.actions [aria-label^="${label}"]`).first().waitFor({ timeout: 10_000 });
      await page.screenshot({ path: path.join(shots, "11-view-session.png") });
      await rowAction(page, "work", "Sign Out");
      await waitForText(() => viewRow(page, "work").innerText(), /signed out/, 20_000, "the view's row");
      await waitForText(() => statusItem(page).innerText(), /MFA( work)?: signed out/, 20_000, "the status bar");
      const warning = await statusItem(page).evaluate((element) => element.classList.contains("warning-kind") || /warning/.test(element.getAttribute("class") || ""));
      if (warning) throw new Error("the status bar item is in the warning colour after a deliberate Sign Out");
      await page.screenshot({ path: path.join(shots, "12-view-signed-out.png") });
    });

    await step(page, "the view's inline Sign In asks for a code; with the extension's clock moved 50 minutes on, a notification warns of the session's end, with Renew", async () => {
      const file = process.env.AWS_CONFIG_FILE;
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("[profile work]\n", "[profile work]\nmfa_session_duration_seconds = 3600\n"));
      await rowAction(page, "work", "Sign In");
      await page.locator(".quick-input-widget", { hasText: "MFA code for profile work" }).waitFor({ timeout: 30_000 });
      await page.keyboard.type(await freshCode(seed), { delay: 40 });
      await waitForText(() => statusItem(page).innerText(), /MFA work (1h00m|59m)/, 30_000, "the status bar");
      await sleep(1500); // the refresh after Sign In has run the notifier: an hour left is no reason to warn
      await notificationWith(page, "Profile work: signed in");
      if (await page.locator(".notifications-center .notification-list-item", { hasText: "the session of profile work ends in" }).count() !== 0) throw new Error("a warning shows for a session with an hour left");
      await hideNotifications(page);
      moveClock(50 * 60_000);
      await waitForText(() => statusItem(page).innerText(), /MFA work (9|10)m/, 45_000, "the status bar (the extension's next refresh, at most 30 s)");
      await waitForText(() => viewRow(page, "work").innerText(), /(9|10)m left/, 10_000, "the view's row");
      const notice = await notificationWith(page, "the session of profile work ends in", 20_000);
      await notice.locator(".monaco-button, a", { hasText: "Renew" }).first().waitFor({ timeout: 10_000 });
      await page.screenshot({ path: path.join(shots, "13-expiry-warning.png") });
      await hideNotifications(page);
    });

    await step(page, "with the clock moved past the session's end, a notification says it has expired; its Renew asks for a code and signs in again", async () => {
      moveClock(61 * 60_000);
      const notice = await notificationWith(page, "the session of profile work has expired", 45_000);
      const renew = notice.locator(".monaco-button, a", { hasText: "Renew" }).first();
      await renew.waitFor({ timeout: 10_000 });
      await waitForText(() => statusItem(page).innerText(), /MFA work: expired/, 10_000, "the status bar");
      await page.screenshot({ path: path.join(shots, "14-session-expired.png") });
      // Back to the real time before the new session arrives, or it would look expired too.
      moveClock(0);
      await renew.click();
      await page.locator(".quick-input-widget", { hasText: "MFA code for profile work" }).waitFor({ timeout: 30_000 });
      await page.keyboard.type(await freshCode(seed), { delay: 40 });
      await page.locator(".quick-input-widget", { hasText: "MFA code for profile work" }).waitFor({ state: "hidden", timeout: 30_000 });
      await waitForText(() => statusItem(page).innerText(), /MFA work (1h00m|59m)/, 40_000, "the status bar");
      await hideNotifications(page);
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
      await page.screenshot({ path: path.join(shots, "15-device-setup-qr.png") });
      const qrFile = path.join(outDir, "qr.png");
      await qr.screenshot({ path: qrFile });
      qrUri = execFileSync("zbarimg", ["-q", "--raw", qrFile], { encoding: "utf8" }).trim();
      fs.rmSync(qrFile);
      if (!/^otpauth:\/\/totp\//.test(qrUri)) throw new Error("the QR does not decode to an otpauth:// URI");
    });

    await step(page, "two consecutive codes in the webview enable the device and update the profile; the QR code and the secret leave the page", async () => {
      const deviceSeed = new URL(qrUri).searchParams.get("secret");
      const [code1, code2] = consecutiveCodes(deviceSeed);
      const webview = page.frameLocator("iframe.webview.ready").frameLocator("#active-frame");
      await webview.locator("#code1").fill(code1);
      await webview.locator("#code2").fill(code2);
      await webview.locator("#enable").click();
      // Once enabled the page is rendered again with the outcome only: no QR code, no secret key.
      const enabled = page.frameLocator("iframe.webview.ready").frameLocator("#active-frame");
      await enabled.locator("h1", { hasText: "Virtual MFA device enabled" }).waitFor({ timeout: 30_000 });
      if (await enabled.locator("#qr, #seed, #codes").count() !== 0) throw new Error("the QR code or the secret key is still on the page after the device was enabled");
      const pageText = await enabled.locator("body").innerText();
      if (pageText.includes(deviceSeed.slice(0, 8))) throw new Error("the enabled page still shows the secret key");
      await page.screenshot({ path: path.join(shots, "16-device-enabled.png") });
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
    process.exitCode = failed === 0 && passed === 15 ? 0 : 1;
  }
})();
