import { UserCancelledError, type NewDeviceForUser } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { EventEmitter } from "../../test/fakeVscode.js";
import { createDeviceSetupPanel } from "./createDeviceSetupPanel.js";

const SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const device: NewDeviceForUser = {
  serialNumber: "arn:aws:iam::123456789012:mfa/alice", base32StringSeed: SEED, qrCodePng: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
  userName: "alice", accountId: "123456789012", otpauthUri: `otpauth://totp/x?secret=${SEED}`,
};

/** A webview panel as VS Code's behaves: once disposed, touching its webview throws "Webview is disposed". */
function fakeWindow() {
  const disposeEmitter = new EventEmitter<void>();
  const messageEmitter = new EventEmitter<unknown>();
  const posted: unknown[] = [];
  let disposed = false;
  let html = "";
  const webview = {
    get html() {
      return html;
    },
    set html(value: string) {
      if (disposed) throw new Error("Webview is disposed");
      html = value;
    },
    postMessage: async (message: unknown) => {
      if (disposed) throw new Error("Webview is disposed");
      posted.push(message);
      return true;
    },
    onDidReceiveMessage: messageEmitter.event,
  };
  const panel = {
    get webview() {
      if (disposed) throw new Error("Webview is disposed");
      return webview;
    },
    onDidDispose: disposeEmitter.event,
    reveal() {},
    dispose() {
      if (disposed) return;
      disposed = true;
      disposeEmitter.fire();
    },
  };
  return {
    window: { createWebviewPanel: () => panel } as never,
    close: () => panel.dispose(),
    send: (message: unknown) => messageEmitter.fire(message),
    posted,
    html: () => html,
  };
}

describe(createDeviceSetupPanel.name, () => {
  it("cancels quietly when the person closes the panel while the codes are awaited: readCodes rejects UserCancelledError and showError no longer throws", async () => {
    const fake = fakeWindow();
    const panel = createDeviceSetupPanel(fake.window, "alice-keys");
    await panel.present(device);
    const codes = panel.readCodes();
    fake.close();
    await expect(codes).rejects.toBeInstanceOf(UserCancelledError);
    expect(() => panel.showError("Cancelled.")).not.toThrow();
    expect(() => panel.showDone("Enabled.")).not.toThrow();
    expect(() => panel.dispose()).not.toThrow();
  });

  it("takes the two codes the page sends", async () => {
    const fake = fakeWindow();
    const panel = createDeviceSetupPanel(fake.window, "alice-keys");
    await panel.present(device);
    const codes = panel.readCodes();
    fake.send({ type: "codes", code1: "123456", code2: "654321" });
    await expect(codes).resolves.toEqual({ code1: "123456", code2: "654321" });
  });

  it("once the device is enabled, the page no longer holds the QR code or the secret key, only the outcome", async () => {
    const fake = fakeWindow();
    const panel = createDeviceSetupPanel(fake.window, "alice-keys");
    await panel.present(device);
    expect(fake.html()).toContain('id="qr"');
    panel.showDone("Enabled arn:aws:iam::123456789012:mfa/alice for user alice.");
    expect(fake.html()).not.toContain('id="qr"');
    expect(fake.html()).not.toContain("data:image/png");
    expect(fake.html()).not.toMatch(/JBSW.?Y3DP/);
    expect(fake.html()).toContain("Enabled arn:aws:iam::123456789012:mfa/alice for user alice.");
  });
});
