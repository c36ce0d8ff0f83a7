import { chmodSync, mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeConfigFileSystem } from "../../configEdit/writeConfigFile.js";
import { createCredentialsFileStore } from "./createCredentialsFileStore.js";

const OLD = { accessKeyId: "AKIAOLD0000000000001", secretAccessKey: "old/secret+key0000000000000000000000000" };
const NEW = { accessKeyId: "AKIANEW0000000000002", secretAccessKey: "new/secret+key0000000000000000000000000" };
const TEXT = [
  "# my keys; rotated by hand last year\r\n",
  "[default]\r\n",
  "aws_access_key_id=AKIADEFAULT000000000\r\n",
  "aws_secret_access_key=default-secret\r\n",
  "\r\n",
  "[alice-keys]   ; work\r\n",
  "; the old key\r\n",
  "aws_access_key_id   =   AKIAOLD0000000000001\r\n",
  "region = eu-west-1\r\n",
  `AWS_Secret_Access_Key: ${OLD.secretAccessKey}\r\n`,
  "[other]\r\n",
  "aws_access_key_id = AKIAOTHER00000000000\r\n",
  "aws_secret_access_key = other-secret",
].join("");

function world(text: string | undefined, mode = 0o600) {
  const home = mkdtempSync(join(tmpdir(), "rotation-store-"));
  mkdirSync(join(home, ".aws"));
  const path = join(home, ".aws", "credentials");
  if (text !== undefined) {
    writeFileSync(path, text);
    chmodSync(path, mode);
  }
  const options = { profile: "alice-keys", env: { MFA_SESSION_CACHE_DIR: join(home, "cache") }, homedir: home };
  return { home, path, options };
}

describe(createCredentialsFileStore.name, () => {
  it("replaces the profile's two key values in place and keeps every other byte, with the old file as a 0600 backup", async () => {
    const { path, options } = world(TEXT, 0o644);
    const store = createCredentialsFileStore(options);
    expect(await store.read()).toEqual(OLD);
    await store.replace(NEW);
    const expected = TEXT.replace("=   AKIAOLD0000000000001", `=   ${NEW.accessKeyId}`).replace(`: ${OLD.secretAccessKey}`, `: ${NEW.secretAccessKey}`);
    expect(readFileSync(path, "utf8")).toBe(expected);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(store.backupPath()).toBe(`${path}.mfa-session.bak`);
    expect(readFileSync(store.backupPath()!, "utf8")).toBe(TEXT);
    expect(statSync(store.backupPath()!).mode & 0o777).toBe(0o600);
    expect(await store.read()).toEqual(NEW);
    expect(store.describe()).toBe(`[alice-keys] in ${path}`);
  });

  it("writes through a symlinked credentials file and leaves the link a link", async () => {
    const { home, path, options } = world(TEXT);
    const target = join(home, "dotfiles-credentials");
    renameSync(path, target);
    symlinkSync(target, path);
    const store = createCredentialsFileStore(options);
    await store.read();
    await store.replace(NEW);
    expect((await fs.lstat(path)).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, "utf8")).toContain(`aws_access_key_id   =   ${NEW.accessKeyId}\r\n`);
  });

  it("refuses to overwrite a key it did not read (another program changed the file meanwhile)", async () => {
    const { path, options } = world(TEXT);
    const store = createCredentialsFileStore(options);
    await store.read();
    const changed = TEXT.replace("AKIAOLD0000000000001", "AKIASOMEONEELSE00000");
    writeFileSync(path, changed);
    const error = (await store.replace(NEW).then(() => undefined, (e: unknown) => e)) as Error;
    expect(error.message).toContain("[alice-keys] holds access key AKIASOMEONEELSE00000 now, not AKIAOLD0000000000001");
    expect(readFileSync(path, "utf8")).toBe(changed);
  });

  it("says what is missing when the profile has no keys in the file, and refuses temporary credentials", async () => {
    const missing = world("[default]\naws_access_key_id = AKIADEFAULT000000000\naws_secret_access_key = s\n");
    await expect(createCredentialsFileStore(missing.options).read()).rejects.toThrow(/has no \[alice-keys\] with aws_access_key_id and aws_secret_access_key: rotate the profile whose section holds the keys\./);
    const temporary = world("[alice-keys]\naws_access_key_id = ASIATEMP000000000000\naws_secret_access_key = s\naws_session_token = t\n");
    await expect(createCredentialsFileStore(temporary.options).read()).rejects.toThrow(/holds temporary credentials \(aws_session_token\)/);
  });

  it("leaves the file as it was when the write fails half-way", async () => {
    const { path, options } = world(TEXT);
    const store = createCredentialsFileStore({
      ...options,
      fs: {
        ...nodeConfigFileSystem,
        async writeFile(file, text, writeOptions) {
          if (!file.endsWith(".tmp") || file.includes(".bak")) return nodeConfigFileSystem.writeFile(file, text, writeOptions);
          await fs.writeFile(file, text.slice(0, 10), { mode: writeOptions.mode, flag: writeOptions.flag });
          throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
        },
      },
    });
    await store.read();
    await expect(store.replace(NEW)).rejects.toThrow(/ENOSPC|no space/i);
    expect(readFileSync(path, "utf8")).toBe(TEXT);
    expect(await store.read()).toEqual(OLD);
  });
});
