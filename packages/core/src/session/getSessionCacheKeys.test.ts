import { describe, expect, it } from "vitest";
import { getSessionCacheKeys } from "./getSessionCacheKeys.js";
import { makeProfile, makeRoleProfile } from "./testing/makeProfile.js";

describe(getSessionCacheKeys.name, () => {
  it("gives roles of the same source and device the same MFA session key and different role keys", () => {
    const admin = getSessionCacheKeys(makeRoleProfile("admin"));
    const readonly = getSessionCacheKeys(makeRoleProfile("readonly"));
    expect(admin.mfaSession).toBe(readonly.mfaSession);
    expect(admin.mfaSession).toBe(getSessionCacheKeys(makeProfile()).mfaSession);
    expect(admin.role).not.toBe(readonly.role);
    expect(admin.lockName).toBe(readonly.lockName);
    expect(admin.mfaSession).toMatch(/^[0-9a-f]{64}$/);
  });

  it("separates sources, devices and STS endpoints", () => {
    const base = getSessionCacheKeys(makeProfile()).mfaSession;
    const keys = [
      makeProfile({ mfaSerial: "arn:aws:iam::123456789012:mfa/bob" }),
      makeProfile({ endpoints: { sts: "http://127.0.0.1:5000" } }),
      makeProfile({ source: { kind: "static", profile: "base", credentials: { accessKeyId: "AKIAOTHER", secretAccessKey: "x" } } }),
      makeProfile({ source: { kind: "process", profile: "base", command: "vault-creds" } }),
    ].map((p) => getSessionCacheKeys(p).mfaSession);
    expect(new Set([base, ...keys]).size).toBe(5);
  });

  it("keeps the secret key out of the key material, so rotating only the secret keeps the key", () => {
    const a = makeProfile({ source: { kind: "static", profile: "base", credentials: { accessKeyId: "AKIA1", secretAccessKey: "one" } } });
    const b = makeProfile({ source: { kind: "static", profile: "base", credentials: { accessKeyId: "AKIA1", secretAccessKey: "two" } } });
    expect(getSessionCacheKeys(a)).toEqual(getSessionCacheKeys(b));
  });

  it("gives a directly assumed role its own key", () => {
    expect(getSessionCacheKeys(makeRoleProfile("admin", { assumeDirectly: true })).role).not.toBe(getSessionCacheKeys(makeRoleProfile("admin")).role);
  });

  it("gives each session length its own MFA session, so a 15-minute profile is never handed a 12-hour session", () => {
    const short = getSessionCacheKeys(makeRoleProfile("admin", {}, { sessionDurationSeconds: 900 }));
    const long = getSessionCacheKeys(makeRoleProfile("admin", {}, { sessionDurationSeconds: 129_600 }));
    const usual = getSessionCacheKeys(makeRoleProfile("admin"));
    expect(new Set([short.mfaSession, long.mfaSession, usual.mfaSession]).size).toBe(3);
    expect(new Set([short.role, long.role, usual.role]).size).toBe(3);
    // One device, one prompt at a time, whatever length each profile asks for.
    expect(new Set([short.lockName, long.lockName, usual.lockName]).size).toBe(1);
  });

  it("gives one lock per MFA device, whatever its source profile is called and whichever keys or command it uses", () => {
    const lock = getSessionCacheKeys(makeProfile()).lockName;
    const sameDevice = [
      makeProfile({ sourceProfile: "alice-old", source: { kind: "static", profile: "alice-old", credentials: { accessKeyId: "AKIAOTHER", secretAccessKey: "x" } } }),
      makeProfile({ sourceProfile: "vault", source: { kind: "process", profile: "vault", command: "vault-creds" } }),
      makeRoleProfile("admin", {}, { endpoints: { sts: "http://127.0.0.1:5000" } }),
    ];
    expect(sameDevice.map((profile) => getSessionCacheKeys(profile).lockName)).toEqual([lock, lock, lock]);
    expect(getSessionCacheKeys(makeProfile({ mfaSerial: "arn:aws:iam::123456789012:mfa/bob" })).lockName).not.toBe(lock);
  });

  it("keeps the keys of earlier releases, so an upgrade finds the sessions already cached", () => {
    // Computed with node:crypto's SHA-256 before sha256Hex replaced it on this path.
    // The lock name is not stored anywhere lasting (a lock lives while its holder runs), so it may change.
    expect(getSessionCacheKeys(makeRoleProfile("admin"))).toMatchObject({
      mfaSession: "528601a4fc35c7cf929087004213f5ccc4578daf7b3c7caa9df304239b2afa06",
      role: "8f1f643e0a0ed3e7cdd9962d5f32d9b4c33f02c9dfb42205108de8118d0e3772",
    });
    // The default length (43200 s) was never part of the key; it still is not.
    expect(getSessionCacheKeys(makeRoleProfile("admin", {}, { sessionDurationSeconds: 43_200 })).mfaSession).toBe(
      "528601a4fc35c7cf929087004213f5ccc4578daf7b3c7caa9df304239b2afa06",
    );
  });
});
