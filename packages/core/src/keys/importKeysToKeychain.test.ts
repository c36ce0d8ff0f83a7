import { promises as fs } from "node:fs";
import { describe, expect, it } from "vitest";
import { createMemoryKeyStore } from "./createMemoryKeyStore.js";
import { importKeysToKeychain } from "./importKeysToKeychain.js";
import { removeKeysFromKeychain } from "./removeKeysFromKeychain.js";
import { addKeysToKeychain } from "./addKeysToKeychain.js";

const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const env = process.env;
const homedir = process.env.HOME!;
const credentialsFile = process.env.AWS_SHARED_CREDENTIALS_FILE!;
const configFile = process.env.AWS_CONFIG_FILE!;

describe(importKeysToKeychain.name, () => {
  it("moves the keys into the store, removes only their two lines, keeps a backup and records the setting", async () => {
    const before = "# my keys\r\n[other]\r\naws_access_key_id = AKIAOTHER0000000001\r\naws_secret_access_key = other\r\n\r\n[dev]  ; work\r\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\r\n  # keep me\r\naws_secret_access_key = " + SECRET + "\r\nregion = eu-west-1\r\n";
    await fs.writeFile(credentialsFile, before, { mode: 0o600 });
    await fs.writeFile(configFile, "[profile dev]\nmfa_serial = arn:aws:iam::123456789012:mfa/dev\n");
    const keyStore = createMemoryKeyStore();
    const result = await importKeysToKeychain({ env, homedir, profile: "dev", keyStore });
    expect(await keyStore.get("dev")).toEqual({ accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: SECRET });
    expect(await fs.readFile(credentialsFile, "utf8")).toBe(before.replace("AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\r\n", "").replace(`aws_secret_access_key = ${SECRET}\r\n`, ""));
    expect(result).toMatchObject({ accessKeyId: "AKIAIOSFODNN7EXAMPLE", keysFile: credentialsFile, backupPath: `${credentialsFile}.mfa-session.bak` });
    expect(await fs.readFile(result.backupPath!, "utf8")).toBe(before);
    expect(await fs.readFile(configFile, "utf8")).toBe(
      "[profile dev]\nmfa_serial = arn:aws:iam::123456789012:mfa/dev\nmfa_session_key_store = keychain\nmfa_session_access_key_id = AKIAIOSFODNN7EXAMPLE\n",
    );
  });

  it("says there is nothing to import, and changes nothing, when the profile has no keys", async () => {
    await fs.writeFile(credentialsFile, "[dev]\nregion = x\n");
    await fs.writeFile(configFile, "");
    const keyStore = createMemoryKeyStore();
    await expect(importKeysToKeychain({ env, homedir, profile: "dev", keyStore })).rejects.toThrow(/Profile dev: neither .* holds aws_access_key_id .*keys add --profile dev/);
    expect(await keyStore.list()).toEqual([]);
    expect(await fs.readFile(configFile, "utf8")).toBe("");
  });

  it("refuses temporary credentials", async () => {
    await fs.writeFile(credentialsFile, `[dev]\naws_access_key_id = ASIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${SECRET}\naws_session_token = token\n`);
    await expect(importKeysToKeychain({ env, homedir, profile: "dev", keyStore: createMemoryKeyStore() })).rejects.toThrow(/temporary credentials/);
  });
});

describe(removeKeysFromKeychain.name, () => {
  it("deletes the entry and the two settings, and nothing else", async () => {
    await fs.writeFile(configFile, "[profile dev]\nregion = eu-west-1\n");
    const keyStore = createMemoryKeyStore();
    await addKeysToKeychain({ accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: SECRET }, { env, homedir, profile: "dev", keyStore });
    expect(await fs.readFile(configFile, "utf8")).toMatch(/mfa_session_key_store = keychain/);
    const result = await removeKeysFromKeychain({ env, homedir, profile: "dev", keyStore });
    expect(result).toMatchObject({ deleted: true, configChanged: true });
    expect(await keyStore.list()).toEqual([]);
    expect(await fs.readFile(configFile, "utf8")).toBe("[profile dev]\nregion = eu-west-1\n");
  });
});

describe(addKeysToKeychain.name, () => {
  it("refuses what does not look like a key pair, storing nothing and quoting neither", async () => {
    const keyStore = createMemoryKeyStore();
    const error = await addKeysToKeychain({ accessKeyId: "not a key", secretAccessKey: SECRET }, { env, homedir, profile: "dev", keyStore }).catch((caught: Error) => caught);
    expect((error as Error).message).toMatch(/access key id does not look like one/);
    await expect(addKeysToKeychain({ accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "short" }, { env, homedir, profile: "dev", keyStore })).rejects.toThrow(/secret access key does not look like one/);
    await expect(addKeysToKeychain({ accessKeyId: "ASIAIOSFODNN7EXAMPLE", secretAccessKey: SECRET }, { env, homedir, profile: "dev", keyStore })).rejects.toThrow(/temporary credentials .*--no-session/);
    expect(await keyStore.list()).toEqual([]);
  });
});
