// Pure: the device set-up webview. A strict CSP: nothing loads from anywhere; the QR is a data: image;
// the one inline script and style carry a per-render nonce. The seed stays folded away unless asked.

export interface DeviceSetupView {
  nonce: string;
  profile: string;
  userName: string;
  serialNumber: string;
  /** PNG bytes of the otpauth QR; empty when IAM returned none. */
  qrCodePng: Uint8Array;
  base32StringSeed: string;
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

export function renderDeviceSetupHtml(view: DeviceSetupView): string {
  const { nonce } = view;
  const qr = view.qrCodePng.length
    ? `<img id="qr" alt="QR code of the new virtual MFA device" width="240" height="240" src="data:image/png;base64,${Buffer.from(view.qrCodePng).toString("base64")}">`
    : `<p>IAM returned no QR image; enter the secret key below in your authenticator app.</p>`;
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
<h1>Set up a virtual MFA device</h1>
<p>Profile <b>${escapeHtml(view.profile)}</b>, IAM user <b>${escapeHtml(view.userName)}</b>, device <code>${escapeHtml(view.serialNumber)}</code>.</p>
<ol>
  <li>Scan this QR code with your authenticator app.</li>
  <li>Enter two consecutive codes: the one shown now, then the next one after it changes.</li>
</ol>
${qr}
<details><summary>Can't scan? Show the secret key</summary><p><code id="seed">${escapeHtml(view.base32StringSeed)}</code></p></details>
<form id="codes">
  <label for="code1">First code</label>
  <input id="code1" name="code1" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required>
  <label for="code2">Second code (wait for the next one)</label>
  <input id="code2" name="code2" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required>
  <div><button id="enable" type="submit">Enable device</button></div>
</form>
<div id="status" role="status"></div>
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  const form = document.getElementById("codes");
  const status = document.getElementById("status");
  const show = (text, kind) => { status.textContent = text; status.className = kind || ""; };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const code1 = form.code1.value.trim(), code2 = form.code2.value.trim();
    if (!/^[0-9]{6}$/.test(code1) || !/^[0-9]{6}$/.test(code2)) return show("Each code is 6 digits.", "error");
    if (code1 === code2) return show("Wait for the next code: the two must differ.", "error");
    form.enable.disabled = true;
    show("Enabling the device…");
    vscode.postMessage({ type: "codes", code1, code2 });
  });
  window.addEventListener("message", (event) => {
    const message = event.data || {};
    if (message.type === "error") { form.enable.disabled = false; show(message.text, "error"); }
    if (message.type === "done") { form.hidden = true; show(message.text, "done"); }
  });
</script>
</body>
</html>`;
}
