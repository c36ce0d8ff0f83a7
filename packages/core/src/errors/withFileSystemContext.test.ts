import { describe, expect, it } from "vitest";
import { MfaSessionError } from "./MfaSessionError.js";
import { withFileSystemContext } from "./withFileSystemContext.js";

describe(withFileSystemContext.name, () => {
  it("returns what the step returns", async () => {
    expect(await withFileSystemContext("read the cache", "/c", async () => 42)).toBe(42);
  });

  it("says what was being done, and where, when the file system fails the step", async () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", path: "/c/x.tmp" });
    const error = await withFileSystemContext("write the session cache", "/c/x.json", async () => Promise.reject(full)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "FILE_SYSTEM", cause: full });
    expect((error as Error).message).toBe("Could not write the session cache (/c/x.json): the disk is full (ENOSPC): free some space and run it again.");
  });

  it("lets every other error through unchanged", async () => {
    const unsafe = new MfaSessionError("The folder /c is a symbolic link", "CACHE_UNSAFE");
    await expect(withFileSystemContext("read the cache", "/c", async () => Promise.reject(unsafe))).rejects.toBe(unsafe);
  });
});
