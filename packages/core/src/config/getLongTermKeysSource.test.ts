import { describe, expect, it } from "vitest";
import { getSessionCacheKeys } from "../session/getSessionCacheKeys.js";
import { getLongTermKeysSource } from "./getLongTermKeysSource.js";
import { parseSharedConfig } from "./parseSharedConfig.js";
import { resolveProfile } from "./resolveProfile.js";

const MFA = "arn:aws:iam::111111111111:mfa/alice";

function resolve(name: string, configText: string, credentialsText = "") {
  const config = parseSharedConfig({ configText, credentialsText, configFile: "/h/.aws/config", credentialsFile: "/h/.aws/credentials" });
  return resolveProfile(name, config, { env: {} });
}

describe(getLongTermKeysSource.name, () => {
  it("reads keys in the profile as static keys, and none as undefined", () => {
    expect(getLongTermKeysSource("p", { aws_access_key_id: "AKIDX", aws_secret_access_key: "s" })).toEqual({ kind: "static", profile: "p", credentials: { accessKeyId: "AKIDX", secretAccessKey: "s" } });
    expect(getLongTermKeysSource("p", { region: "us-east-1" })).toBeUndefined();
  });

  it("points at the keychain when mfa_session_key_store = keychain, with the recorded key id", () => {
    expect(getLongTermKeysSource("p", { mfa_session_key_store: "Keychain", mfa_session_access_key_id: "AKIDX" })).toEqual({ kind: "keychain", profile: "p", accessKeyId: "AKIDX" });
  });

  it("asks for keys add when the key id is not recorded, and refuses another store", () => {
    expect(() => getLongTermKeysSource("p", { mfa_session_key_store: "keychain" })).toThrow(/Profile p: mfa_session_key_store = keychain needs mfa_session_access_key_id .*keys add --profile p/);
    expect(() => getLongTermKeysSource("p", { mfa_session_key_store: "file" })).toThrow(/Profile p: mfa_session_key_store must be keychain/);
  });
});

describe("profiles whose keys are in the keychain", () => {
  const KEYCHAIN = "mfa_session_key_store = keychain\nmfa_session_access_key_id = AKIDBASE\n";

  it("resolve to a keychain source through source_profile, and the asked profile may hold it itself", () => {
    const viaSource = resolve("dev", `[profile dev]\nmfa_session_source_profile = base\ncredential_process = mfa-session credential-process --profile dev\n[profile base]\n${KEYCHAIN}mfa_serial = ${MFA}\n`, "[base]\n");
    expect(viaSource.source).toEqual({ kind: "keychain", profile: "base", accessKeyId: "AKIDBASE" });
    expect(viaSource.sourceProfile).toBe("base");
    const own = resolve("base", `[profile base]\n${KEYCHAIN}`);
    expect(own.source).toEqual({ kind: "keychain", profile: "base", accessKeyId: "AKIDBASE" });
  });

  it("keep the cache key of the same keys in the credentials file, so sessions survive keys import", () => {
    const inFile = resolve("base", `[profile base]\nmfa_serial = ${MFA}\n`, "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = s\n");
    const inKeychain = resolve("base", `[profile base]\nmfa_serial = ${MFA}\n${KEYCHAIN}`);
    expect(getSessionCacheKeys(inKeychain)).toEqual(getSessionCacheKeys(inFile));
    const otherKey = resolve("base", `[profile base]\nmfa_serial = ${MFA}\nmfa_session_key_store = keychain\nmfa_session_access_key_id = AKIDOTHER\n`);
    expect(getSessionCacheKeys(otherKey).mfaSession).not.toBe(getSessionCacheKeys(inFile).mfaSession);
  });

  it("use the keychain when a role's source_profile names itself", () => {
    const resolved = resolve("admin", `[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = admin\n${KEYCHAIN}`);
    expect(resolved.source).toEqual({ kind: "keychain", profile: "admin", accessKeyId: "AKIDBASE" });
  });
});
