import { describe, expect, it } from "vitest";
import { getDeviceSetupCsp, renderDeviceSetupHtml } from "./renderDeviceSetupHtml.js";

const view = {
  nonce: "bm9uY2Vub25jZQ==",
  profile: "alice-keys",
  userName: "<alice>",
  serialNumber: "arn:aws:iam::123456789012:mfa/alice",
  qrCodePng: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
  base32StringSeed: "JBSWY3DPEHPK3PXP",
};

describe(renderDeviceSetupHtml.name, () => {
  it("declares a CSP that loads nothing from anywhere and allows only its own nonce-tagged script and style", () => {
    const html = renderDeviceSetupHtml(view);
    expect(getDeviceSetupCsp(view.nonce)).toBe(
      "default-src 'none'; img-src data:; style-src 'nonce-bm9uY2Vub25jZQ=='; script-src 'nonce-bm9uY2Vub25jZQ=='; form-action 'none'; base-uri 'none'",
    );
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${getDeviceSetupCsp(view.nonce)}">`);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain(`<script nonce="${view.nonce}">`);
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it("shows the QR as a data: image and escapes names", () => {
    const html = renderDeviceSetupHtml(view);
    expect(html).toContain('src="data:image/png;base64,iVBORw=="');
    expect(html).toContain("IAM user <b>&lt;alice&gt;</b>");
    expect(html).not.toContain("<alice>");
  });

  it("keeps the seed folded away and says what to do when IAM returned no QR", () => {
    const html = renderDeviceSetupHtml({ ...view, qrCodePng: new Uint8Array() });
    expect(html).toContain("<details><summary>Can't scan? Show the secret key</summary>");
    expect(html).not.toContain('id="qr"');
    expect(html).toContain("IAM returned no QR image");
  });

  it("shows the secret key in groups of 4 characters, so it can be typed", () => {
    const html = renderDeviceSetupHtml({ ...view, base32StringSeed: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPAB" });
    expect(html).toContain('<code id="seed"><span>JBSW</span><span>Y3DP</span><span>EHPK</span><span>3PXP</span><span>JBSW</span><span>Y3DP</span><span>EHPK</span><span>3PXP</span><span>AB</span></code>');
    expect(html).not.toContain("JBSWY3DPEHPK3PXP");
  });

  it("checks the codes with its own message, not the browser's (novalidate), and shows that message beside the inputs, scrolled into view", () => {
    const html = renderDeviceSetupHtml(view);
    expect(html).toContain('<form id="codes" novalidate>');
    const status = html.indexOf('id="status"');
    expect(status).toBeGreaterThan(html.indexOf('id="code2"'));
    expect(status).toBeLessThan(html.indexOf('id="enable"'));
    expect(html).toContain("scrollIntoView");
  });
});
