// Shared set-up of the command factory tests: a scripted fake window, fake services, and the deps.
import { createFakeServices, session } from "./fakeServices.js";
import { FakeLogOutputChannel } from "./fakeLogOutputChannel.js";
import { createFakeWindow } from "./fakeVscode.js";
import { createInputBoxCodeProvider } from "../src/prompt/createInputBoxCodeProvider.js";
import { createOutputLogger } from "../src/log/createOutputLogger.js";
import type { MfaDeviceSummary } from "@mfa-session/core";
import type { ProfileChoice } from "../src/services/ExtensionServices.js";

export { session };

export const now = Date.parse("2026-01-01T00:00:00Z");
export const sessionProfiles: ProfileChoice[] = [
  { name: "keys", hasStaticKeys: true, usesMfaSession: false },
  { name: "prod", mfaSerial: "arn:aws:iam::1:mfa/a", hasStaticKeys: false, usesMfaSession: true },
  { name: "work", mfaSerial: "arn:aws:iam::1:mfa/a", hasStaticKeys: false, usesMfaSession: true },
];

export function setupSessionCommand(options: { sessions?: ReturnType<typeof session>[]; profiles?: ProfileChoice[]; active?: string } = {}) {
  const fake = createFakeWindow();
  const { services, calls } = createFakeServices({ profiles: options.profiles ?? sessionProfiles, ...(options.sessions ? { sessions: options.sessions } : {}) });
  let active = options.active;
  let refreshed = 0;
  const deps = {
    window: fake.window as never,
    services,
    codeProvider: createInputBoxCodeProvider({ window: fake.window as never }),
    statusBar: { refresh: async () => void (refreshed += 1) },
    activeProfile: { get: () => active, set: async (profile: string | undefined) => void (active = profile) },
    clock: { now: () => now },
  };
  return { fake, calls, deps, active: () => active, refreshed: () => refreshed };
}

export const deviceProfiles: ProfileChoice[] = [
  { name: "alice-keys", hasStaticKeys: true, usesMfaSession: false, mfaSerial: "arn:aws:iam::123456789012:mfa/alice", region: "us-east-2" },
  { name: "nothing", hasStaticKeys: false, usesMfaSession: false },
  { name: "work", hasStaticKeys: false, usesMfaSession: true },
];
export const device: MfaDeviceSummary = { serialNumber: "arn:aws:iam::123456789012:mfa/alice", userName: "alice", enableDate: new Date("2026-01-01T00:00:00Z") };

export function setupDeviceCommand(devices: MfaDeviceSummary[] = [device]) {
  const fake = createFakeWindow();
  const { services, calls } = createFakeServices({ profiles: deviceProfiles, devices });
  const channel = new FakeLogOutputChannel();
  let refreshed = 0;
  const deps = {
    window: fake.window as never,
    services,
    activeProfile: { get: () => undefined, set: async () => {} },
    logger: createOutputLogger(channel),
    statusBar: { refresh: async () => void (refreshed += 1) },
  };
  return { fake, calls, deps, channel, refreshed: () => refreshed };
}
