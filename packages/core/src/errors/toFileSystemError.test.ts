import { mkdtempSync, writeFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isFileSystemError, toFileSystemError } from "./toFileSystemError.js";

function errno(code: string, path?: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed`), { code, ...(path === undefined ? {} : { path }) });
}

describe(toFileSystemError.name, () => {
  it.each([
    ["ENOSPC", "free some space"],
    ["EROFS", "read-only"],
    ["EISDIR", "a folder is where a file belongs"],
    ["ENOTDIR", "a file is where a folder belongs"],
    ["EACCES", "owner and mode"],
  ])("words %s as the environment's problem, with what to do", (code, step) => {
    const error = toFileSystemError(errno(code, "/home/u/.aws/x"), "write the session cache");
    expect(error).toMatchObject({ code: "FILE_SYSTEM" });
    expect((error as Error).message).toMatch(/^Could not write the session cache \(\/home\/u\/\.aws\/x\): /);
    expect((error as Error).message).toContain(step);
    expect((error as Error).message).toContain(`(${code}): `);
  });

  it("names the path it is given over the error's own", () => {
    expect((toFileSystemError(errno("ENOSPC", "/tmp/a.tmp"), "save", "/tmp/a") as Error).message).toContain("(/tmp/a)");
  });

  it("returns any other error unchanged", () => {
    const bug = new TypeError("x is undefined");
    expect(toFileSystemError(bug, "save")).toBe(bug);
    const other = errno("ECONNREFUSED");
    expect(toFileSystemError(other, "save")).toBe(other);
    expect(isFileSystemError("ENOSPC")).toBe(false);
  });

  it("recognises what Node really throws for a folder in a file's place", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mfa-fs-"));
    await mkdir(join(dir, "entry"));
    const error = await writeFile(join(dir, "entry"), "x").catch((e: unknown) => e);
    expect(isFileSystemError(error)).toBe(true);
    writeFileSync(join(dir, "file"), "x");
    const under = await writeFile(join(dir, "file", "child"), "x").catch((e: unknown) => e);
    expect(toFileSystemError(under, "save")).toMatchObject({ code: "FILE_SYSTEM" });
  });
});
