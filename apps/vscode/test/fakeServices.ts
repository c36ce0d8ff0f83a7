// A scripted ExtensionServices for the command factory tests: records every call.
import type { CodePair, MfaCodeProvider, MfaDeviceSummary, NewDeviceForUser, SessionSummary } from "@mfa-session/core";
import type { DeviceSetupHandlers, ExtensionServices, ProfileChoice, ProfileEdit } from "../src/services/ExtensionServices.js";

export function createFakeServices(options: { profiles?: ProfileChoice[]; sessions?: SessionSummary[]; devices?: MfaDeviceSummary[] } = {}) {
  const calls: Array<[string, ...unknown[]]> = [];
  let sessions = options.sessions ?? [];
  const devices = options.devices ?? [];
  const services: ExtensionServices = {
    listProfiles: async () => options.profiles ?? [],
    // The real one finds a profile's sessions by its cache keys; here each profile made its own.
    listSessions: async (profile) => (profile === undefined ? sessions : sessions.filter((session) => session.profile === profile)),
    async signIn(profile, opts: { forceRefresh: boolean; codeProvider: MfaCodeProvider }) {
      calls.push(["signIn", profile, opts.forceRefresh]);
      const code = await opts.codeProvider({ profile, mfaSerial: "arn:aws:iam::123456789012:mfa/alice", reason: "to start an MFA session", attempt: 1 });
      calls.push(["code", code]);
      return { expiration: new Date(Date.parse("2026-01-01T12:00:00Z")), source: "sts" };
    },
    async signOut(profile) {
      calls.push(["signOut", profile]);
      const removed = sessions.filter((session) => profile === undefined || session.profile === profile);
      sessions = sessions.filter((session) => !removed.includes(session));
      return removed;
    },
    devices(profile) {
      return {
        userName: async () => "alice",
        list: async () => devices,
        async setUp(handlers: DeviceSetupHandlers) {
          calls.push(["setUp", profile, handlers.deviceName]);
          const device: NewDeviceForUser = {
            serialNumber: "arn:aws:iam::123456789012:mfa/alice", base32StringSeed: "JBSWY3DPEHPK3PXP", qrCodePng: new Uint8Array([1, 2, 3]),
            userName: "alice", accountId: "123456789012", otpauthUri: "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP",
          };
          await handlers.present(device);
          const codes: CodePair = await handlers.readCodes(device);
          calls.push(["enable", codes]);
          return { serialNumber: device.serialNumber, userName: "alice" };
        },
        resync: async (serial, codes) => void calls.push(["resync", serial, codes]),
        deactivate: async (serial) => void calls.push(["deactivate", serial]),
        delete: async (serial) => void calls.push(["delete", serial]),
      };
    },
    checkCli: async () => {},
    async planProfileEdit(edit: ProfileEdit) {
      calls.push(["plan", edit]);
      return { configFile: "/home/u/.aws/config", changed: true, diff: "+[profile work]", write: async () => void calls.push(["write", edit.profile]) };
    },
  };
  return { services, calls };
}

export function session(profile: string, minutesLeft: number, now: number, kind: SessionSummary["kind"] = "mfa-session"): SessionSummary {
  const remainingMs = Math.max(0, minutesLeft * 60_000);
  return {
    key: `${profile}-${kind}`, kind, profile, sourceProfile: `${profile}-keys`, createdAt: new Date(now - 60_000),
    expiration: new Date(now + minutesLeft * 60_000), remainingMs, expired: remainingMs === 0,
  };
}
