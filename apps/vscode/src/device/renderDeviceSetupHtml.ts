// Pure: the device set-up webview. A strict CSP: nothing loads from anywhere; the QR is a data: image;
// the one inline script and style carry a per-render nonce. The seed stays folded away unless asked,
// in groups of 4 to be typed. Once the device is enabled the page is rendered again without the QR
// and the seed (DeviceSetupDoneView), so neither stays in a retained, hidden tab.

export interface DeviceSetupView {
  nonce: string;
  profile: string;
  userName: string;
  serialNumber: string;
  /** PNG bytes of the otpauth QR; empty when IAM returned none. */
  qrCodePng: Uint8Array;
  base32StringSeed: string;
}

/** The page once the device is enabled: the outcome only. */
export interface DeviceSetupDoneView {
  nonce: string;
  profile: string;
  done: string;
}

export function getDeviceSetupCsp(nonce: string): string {
  return [
    "default-src 'none'",
    "img-src data:",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "form-action 'none'",
    "base-uri 'none'",
  ].join("; ");
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char);

/** The seed as spans of 4 characters: spaced on screen to be typed, one unbroken key when copied. */
const groupSeed = (seed: string): string => (seed.match(/.{1,4}/g) ?? []).map((group) => `<span>${escapeHtml(group)}</span>`).join("");

export function renderDeviceSetupHtml(view: DeviceSetupView | DeviceSetupDoneView): string {
  const { nonce } = view;
  const body = "done" in view
    ? `<h1>Virtual MFA device enabled</h1>
<p class="done" role="status">${escapeHtml(view.done)}</p>
<p>The QR code and the secret key were removed from this page. You can close it.</p>`
    : renderSteps(view);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${getDeviceSetupCsp(nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Set up virtual MFA device</title>
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 1rem 2rem; max-width: 40rem; }
  #qr { background: #fff; padding: 8px; image-rendering: pixelated; }
  #seed span { margin-right: .6em; }
  label { display: block; margin: .75rem 0 .25rem; }
  input { font-size: 1.4rem; letter-spacing: .3rem; width: 9rem; color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, #888); padding: .2rem .4rem; }
  button { margin-top: 1rem; padding: .4rem 1rem; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; cursor: pointer; }
  #status { margin-top: 1rem; min-height: 1.5rem; }
  .error { color: var(--vscode-errorForeground); }
  .done { color: var(--vscode-testing-iconPassed, #3c3); font-weight: bold; }
  code { word-break: break-all; }
</style>
</head>
<body>
${body}
</body>
</html>`;
}

function renderSteps(view: DeviceSetupView): string {
  const { nonce } = view;
  const qr = view.qrCodePng.length
    ? `<img id="qr" alt="QR code of the new virtual MFA device" width="240" height="240" src="data:image/png;base64,${Buffer.from(view.qrCodePng).toString("base64")}">`
    : `<p>IAM returned no QR image; enter the secret key below in your authenticator app.</p>`;
  return `<h1>Set up a virtual MFA device</h1>
<p>Profile <b>${escapeHtml(view.profile)}</b>, IAM user <b>${escapeHtml(view.userName)}</b>, device <code>${escapeHtml(view.serialNumber)}</code>.</p>
<ol>
  <li>Scan this QR code with your authenticator app.</li>
  <li>Enter two consecutive codes: the one shown now, then the next one after it changes.</li>
</ol>
${qr}
<details><summary>Can't scan? Show the secret key</summary><p><code id="seed">${groupSeed(view.base32StringSeed)}</code></p></details>
<form id="codes" novalidate>
  <label for="code1">First code</label>
  <input id="code1" name="code1" inputmode="numeric" autocomplete="one-time-code" maxlength="7" aria-describedby="status">
  <label for="code2">Second code (wait for the next one)</label>
  <input id="code2" name="code2" inputmode="numeric" autocomplete="one-time-code" maxlength="7" aria-describedby="status">
  <div id="status" role="status"></div>
  <div><button id="enable" type="submit">Enable device</button></div>
</form>
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  const form = document.getElementById("codes");
  const status = document.getElementById("status");
  const show = (text, kind) => { status.textContent = text; status.className = kind || ""; status.scrollIntoView({ block: "nearest" }); };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const code1 = form.code1.value.replace(/\\s/g, ""), code2 = form.code2.value.replace(/\\s/g, "");
    if (!/^[0-9]{6}$/.test(code1) || !/^[0-9]{6}$/.test(code2)) return show("Each code is 6 digits.", "error");
    if (code1 === code2) return show("Wait for the next code: the two must differ.", "error");
    form.enable.disabled = true;
    show("Enabling the device…");
    vscode.postMessage({ type: "codes", code1, code2 });
  });
  window.addEventListener("message", (event) => {
    const message = event.data || {};
    if (message.type === "error") { form.enable.disabled = false; show(message.text, "error"); }
  });
</script>`;
}
