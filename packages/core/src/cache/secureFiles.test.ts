import { execFileSync } from "node:child_process";
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
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
    await expect(ensurePrivateDir(dir)).rejects.toThrow(`chmod 700 '${dir}'`);
  });

  it("refuses a folder that is a symbolic link", async () => {
    mkdirSync(join(root, "real"), { mode: 0o700 });
    symlinkSync(join(root, "real"), join(root, "link"));
    await expect(ensurePrivateDir(join(root, "link"))).rejects.toThrow(/symbolic link/);
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
