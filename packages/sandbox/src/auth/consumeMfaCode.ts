// Checks a 6-digit code against a device's seed the way STS does: the previous, current and next
// 30 s step (shifted by the device's resynced drift), and never a code at or before the last one used.
import { verifyTotp, TOTP_STEP_SECONDS } from "@mfa-session/core";
import type { MfaDeviceRecord } from "../state/SandboxState.js";

export type MfaCodeCheck = { ok: true; counter: number } | { ok: false; reason: "invalid" | "reused" };

export function consumeMfaCode(device: MfaDeviceRecord, code: string, nowMs: number): MfaCodeCheck {
  const timeMs = nowMs + device.driftSteps * TOTP_STEP_SECONDS * 1000;
  const counter = verifyTotp(device.seedBase32, code, { timeMs, window: 1 });
  if (counter === undefined) return { ok: false, reason: "invalid" };
  if (device.lastUsedCounter !== undefined && counter <= device.lastUsedCounter) return { ok: false, reason: "reused" };
  device.lastUsedCounter = counter;
  return { ok: true, counter };
}
