import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { ensurePrivateDir, ensureWritablePrivateDir, readPrivateBytesSync, readPrivateFileSync, removeFile, removeFileIfUnchanged, writePrivateFileAtomic } from "./secureFiles.js";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "mfa-session-secure-"));
});

describe(ensurePrivateDir.name, () => {
  it("creates missing folders with mode 0700", async () => {
    const dir = join(root, "a", "b");
    await ensurePrivateDir(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it("tightens a folder of ours that others can only read", async () => {
    mkdirSync(join(root, "open"), { mode: 0o755 });
    chmodSync(join(root, "open"), 0o755);
    await ensurePrivateDir(join(root, "open"));
    expect(statSync(join(root, "open")).mode & 0o777).toBe(0o700);
  });

  it("refuses a group-writable folder and says how to fix it", async () => {
    const dir = join(root, "shared");
    mkdirSync(dir);
    chmodSync(dir, 0o770);
    await expect(ensurePrivateDir(dir)).rejects.toMatchObject({ code: "CACHE_UNSAFE" });
    await expect(ensurePrivateDir(dir, { findWindowsDrive: () => undefined })).rejects.toThrow(`chmod 700 '${dir}'`);
  });

  it("refuses a folder that is a symbolic link", async () => {
    mkdirSync(join(root, "real"), { mode: 0o700 });
    symlinkSync(join(root, "real"), join(root, "link"));
    await expect(ensurePrivateDir(join(root, "link"))).rejects.toThrow(/symbolic link/);
  });
});

describe(`${ensurePrivateDir.name} on Windows (simulated)`, () => {
  const platform = "win32";

  it("gives the first folder it creates an owner-only ACL, which the folders below it inherit", async () => {
    const restricted: string[] = [];
    const dir = join(root, "a", "b", "cache");
    await ensurePrivateDir(dir, { platform, restrictToOwner: async (folder) => void restricted.push(folder) });
    expect(restricted).toEqual([join(root, "a")]);
    expect(statSync(dir).isDirectory()).toBe(true);
  });

  it("leaves a folder that already exists as it is", async () => {
    const restricted: string[] = [];
    mkdirSync(join(root, "there"));
    await ensurePrivateDir(join(root, "there"), { platform, restrictToOwner: async (folder) => void restricted.push(folder) });
    expect(restricted).toEqual([]);
  });

  it("removes the folders it created when they cannot be made private, and says so", async () => {
    const refuse = async () => {
      throw new MfaSessionError("icacls said no", "CACHE_UNSAFE");
    };
    const dir = join(root, "shared", "cache");
    await expect(ensurePrivateDir(dir, { platform, restrictToOwner: refuse })).rejects.toMatchObject({ code: "CACHE_UNSAFE", message: "icacls said no" });
    expect(existsSync(join(root, "shared"))).toBe(false);
    expect(existsSync(root)).toBe(true);
  });

  it("keeps the files another process wrote into a folder it could not protect", async () => {
    const dir = join(root, "busy");
    const refuse = async () => {
      writeFileSync(join(dir, "entry.json"), "{}");
      throw new MfaSessionError("icacls said no", "CACHE_UNSAFE");
    };
    await expect(ensurePrivateDir(dir, { platform, restrictToOwner: refuse })).rejects.toThrow("icacls said no");
    expect(readdirSync(dir)).toEqual(["entry.json"]);
  });

  it("does not give Windows users POSIX commands for a symbolic link", async () => {
    mkdirSync(join(root, "real"));
    symlinkSync(join(root, "real"), join(root, "link"));
    const error = await ensurePrivateDir(join(root, "link"), { platform, restrictToOwner: async () => {} }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "CACHE_UNSAFE" });
    expect((error as Error).message).toContain(`rmdir "${join(root, "link")}"`);
    expect((error as Error).message).not.toContain("mkdir -m");
  });
});

describe(`${ensurePrivateDir.name} on WSL`, () => {
  it("refuses a folder on a Windows drive with what works there, not chmod", async () => {
    const dir = join(root, "drvfs");
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const error = await ensurePrivateDir(dir, { platform: "linux", findWindowsDrive: () => "/mnt/c" }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "CACHE_UNSAFE" });
    expect((error as Error).message).not.toContain("chmod 700");
    expect((error as Error).message).toBe(
      `The folder ${dir} is on the Windows drive /mnt/c, where WSL cannot keep it private (modes read 0777 and chmod has no effect ` +
        "unless the drive is mounted with the metadata option), so mfa-session will not use it. Use a folder on the Linux file system: " +
        "unset MFA_SESSION_CACHE_DIR if it points there, or point it at ~/.cache/mfa-session.",
    );
  });
});

describe(ensureWritablePrivateDir.name, () => {
  it("creates a missing private folder", async () => {
    await ensureWritablePrivateDir(join(root, "new"), "use the folder");
    expect(statSync(join(root, "new")).mode & 0o777).toBe(0o700);
  });

  it("words a file-system failure with what to do", async () => {
    writeFileSync(join(root, "file"), "");
    await expect(ensureWritablePrivateDir(join(root, "file", "cache"), "use the session cache folder")).rejects.toMatchObject({
      code: "FILE_SYSTEM",
      message: `Could not use the session cache folder (${join(root, "file", "cache")}): a file is where a folder belongs (ENOTDIR): move the file away.`,
    });
  });

  it("keeps the refusal of an unsafe folder as it is", async () => {
    mkdirSync(join(root, "shared"));
    chmodSync(join(root, "shared"), 0o777);
    await expect(ensureWritablePrivateDir(join(root, "shared"), "use the folder")).rejects.toMatchObject({ code: "CACHE_UNSAFE" });
  });
});

describe(writePrivateFileAtomic.name, () => {
  it("writes a 0600 file and leaves no temp file behind", async () => {
    const path = join(root, "file.json");
    await writePrivateFileAtomic(path, "one");
    await writePrivateFileAtomic(path, "two");
    expect(readFileSync(path, "utf8")).toBe("two");
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(root)).toEqual(["file.json"]);
  });

  it("replaces a symlink instead of writing through it", async () => {
    const target = join(root, "precious.txt");
    writeFileSync(target, "keep me");
    symlinkSync(target, join(root, "file.json"));
    await writePrivateFileAtomic(join(root, "file.json"), "new");
    expect(readFileSync(target, "utf8")).toBe("keep me");
    expect(lstatSync(join(root, "file.json")).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(root, "file.json"), "utf8")).toBe("new");
  });
});

describe(readPrivateFileSync.name, () => {
  it("reads a private file of ours", async () => {
    await writePrivateFileAtomic(join(root, "f"), "content");
    expect(readPrivateFileSync(join(root, "f"))).toMatchObject({ status: "ok", text: "content" });
  });

  it("reports a missing file", async () => {
    expect(readPrivateFileSync(join(root, "nope"))).toEqual({ status: "missing" });
  });

  it("refuses a file others can read", async () => {
    writeFileSync(join(root, "f"), "content");
    chmodSync(join(root, "f"), 0o644);
    expect(readPrivateFileSync(join(root, "f"))).toMatchObject({ status: "unsafe", reason: expect.stringContaining("644") });
  });

  it("refuses a named pipe without blocking on it", async () => {
    execFileSync("mkfifo", ["-m", "600", join(root, "fifo")]);
    expect(readPrivateFileSync(join(root, "fifo"))).toMatchObject({ status: "unsafe", reason: "it is not a regular file" });
  });

  it("refuses to follow a symlink", async () => {
    await writePrivateFileAtomic(join(root, "target"), "secret");
    symlinkSync(join(root, "target"), join(root, "link"));
    expect(readPrivateFileSync(join(root, "link"))).toMatchObject({ status: "unsafe", reason: "it is a symbolic link" });
  });
});

describe(readPrivateBytesSync.name, () => {
  it("reads a private binary file byte for byte", async () => {
    const bytes = Buffer.from([0, 0xff, 0xc3, 0x28, 10, 13]); // not valid UTF-8: a text read would mangle it
    await writePrivateFileAtomic(join(root, "bin"), bytes);
    const read = readPrivateBytesSync(join(root, "bin"));
    expect(read.status === "ok" && read.bytes.equals(bytes)).toBe(true);
  });

  it("makes the same checks as the text reader", async () => {
    writeFileSync(join(root, "open"), "x");
    chmodSync(join(root, "open"), 0o604);
    expect(readPrivateBytesSync(join(root, "open"))).toMatchObject({ status: "unsafe", reason: expect.stringContaining("604") });
    symlinkSync(join(root, "open"), join(root, "link"));
    expect(readPrivateBytesSync(join(root, "link"))).toMatchObject({ status: "unsafe", reason: "it is a symbolic link" });
    expect(readPrivateBytesSync(join(root, "none"))).toEqual({ status: "missing" });
  });
});

describe(removeFileIfUnchanged.name, () => {
  it("keeps a file that was replaced after it was read", async () => {
    const path = join(root, "f");
    await writePrivateFileAtomic(path, "old");
    const read = readPrivateFileSync(path);
    await writePrivateFileAtomic(path, "new");
    await removeFileIfUnchanged(path, read.status === "ok" ? read.identity : undefined);
    expect(readFileSync(path, "utf8")).toBe("new");
    await removeFile(path);
    await removeFile(path);
    expect(readdirSync(root)).toEqual([]);
  });
});
