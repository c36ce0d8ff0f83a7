import { describe, expect, it } from "vitest";
import { generateTotp } from "@mfa-session/core";
import type { MfaDeviceRecord } from "../state/SandboxState.js";
import { consumeMfaCode } from "./consumeMfaCode.js";

const SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const NOW = Date.UTC(2026, 0, 1, 0, 0, 10);
const device = (): MfaDeviceRecord => ({ serialNumber: "s", name: "n", path: "/", seedBase32: SEED, createdAt: 0, tags: [], driftSteps: 0 });
const code = (steps: number) => generateTotp(SEED, { timeMs: NOW + steps * 30_000 });

describe(consumeMfaCode.name, () => {
  it("accepts the previous, current and next step's code, not two steps away", () => {
    for (const steps of [-1, 0, 1]) expect(consumeMfaCode(device(), code(steps), NOW).ok).toBe(true);
    expect(consumeMfaCode(device(), code(2), NOW)).toEqual({ ok: false, reason: "invalid" });
    expect(consumeMfaCode(device(), code(-2), NOW)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a code once used, and any earlier code after it", () => {
    const d = device();
    expect(consumeMfaCode(d, code(0), NOW).ok).toBe(true);
    expect(consumeMfaCode(d, code(0), NOW)).toEqual({ ok: false, reason: "reused" });
    expect(consumeMfaCode(d, code(-1), NOW)).toEqual({ ok: false, reason: "reused" });
    expect(consumeMfaCode(d, code(1), NOW).ok).toBe(true);
  });

  it("follows a resynced device's drift", () => {
    const d = { ...device(), driftSteps: 4 };
    expect(consumeMfaCode(d, code(4), NOW).ok).toBe(true);
    expect(consumeMfaCode({ ...device(), driftSteps: 4 }, code(0), NOW).ok).toBe(false);
  });
});
