// The device set-up webview: shows the new device's QR, collects two consecutive codes, shows the
// outcome. Closing the panel while codes are awaited cancels the set-up (core then rolls back); after
// that the panel is gone, and showing anything on it does nothing (VS Code throws "Webview is disposed").
// Once enabled, the page is replaced by the outcome alone: no QR, no seed left in the retained tab.
import { randomBytes } from "node:crypto";
import { UserCancelledError, type CodePair, type NewDeviceForUser } from "@mfa-session/core";
import * as vscode from "vscode";
import { renderDeviceSetupHtml } from "./renderDeviceSetupHtml.js";

export interface DeviceSetupPanel {
  present(device: NewDeviceForUser): Promise<void>;
  readCodes(): Promise<CodePair>;
  showDone(text: string): void;
  showError(text: string): void;
  dispose(): void;
}

export function createDeviceSetupPanel(window: Pick<typeof vscode.window, "createWebviewPanel">, profile: string): DeviceSetupPanel {
  const panel = window.createWebviewPanel("mfaSession.deviceSetup", `MFA device set-up: ${profile}`, vscode.ViewColumn.Active, {
    enableScripts: true,
    localResourceRoots: [],
    retainContextWhenHidden: true,
  });
  let waiting: { resolve(codes: CodePair): void; reject(error: Error): void } | undefined;
  let closed = false;
  panel.onDidDispose(() => {
    closed = true;
    waiting?.reject(new UserCancelledError(`Profile ${profile}: device set-up closed before the codes were entered.`));
    waiting = undefined;
  });
  panel.webview.onDidReceiveMessage((message: { type?: string; code1?: unknown; code2?: unknown }) => {
    if (message?.type !== "codes" || typeof message.code1 !== "string" || typeof message.code2 !== "string") return;
    waiting?.resolve({ code1: message.code1, code2: message.code2 });
    waiting = undefined;
  });
  return {
    async present(device) {
      panel.webview.html = renderDeviceSetupHtml({
        nonce: randomBytes(16).toString("base64"),
        profile,
        userName: device.userName,
        serialNumber: device.serialNumber,
        qrCodePng: device.qrCodePng,
        base32StringSeed: device.base32StringSeed,
      });
      panel.reveal();
    },
    readCodes() {
      if (closed) return Promise.reject(new UserCancelledError());
      return new Promise<CodePair>((resolve, reject) => (waiting = { resolve, reject }));
    },
    showDone(text) {
      if (!closed) panel.webview.html = renderDeviceSetupHtml({ nonce: randomBytes(16).toString("base64"), profile, done: text });
    },
    showError(text) {
      if (!closed) void panel.webview.postMessage({ type: "error", text });
    },
    dispose: () => panel.dispose(),
  };
}
