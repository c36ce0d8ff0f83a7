import { describe, expect, it } from "vitest";
import { restrictFolderToOwner } from "./restrictFolderToOwner.js";

const env = { USERNAME: "alice", USERDOMAIN: "CORP", SystemRoot: "C:\\Windows" };

describe(restrictFolderToOwner.name, () => {
  it("runs icacls without a shell through the injected runner", async () => {
    const calls: Array<[string, readonly string[]]> = [];
    await restrictFolderToOwner("D:\\my cache", { env, run: async (file, args) => void calls.push([file, args]) });
    expect(calls).toEqual([["C:\\Windows\\System32\\icacls.exe", ["D:\\my cache", "/inheritance:r", "/grant:r", "CORP\\alice:(OI)(CI)F"]]]);
  });

  it("turns a failure into a refusal that quotes icacls and says what to do", async () => {
    const run = async () => {
      throw Object.assign(new Error("Command failed"), {
        stderr: "CORP\\alice: No mapping between account names and security IDs was done.\r\n",
        stdout: "Successfully processed 0 files; Failed processing 1 files\r\n",
      });
    };
    const error = await restrictFolderToOwner("D:\\cache", { env, run }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "CACHE_UNSAFE" });
    expect((error as Error).message).toBe(
      "Could not make the folder D:\\cache private to you (icacls: CORP\\alice: No mapping between account names and security IDs was done), so mfa-session will not keep credentials there. " +
        'Point MFA_SESSION_CACHE_DIR at a folder inside your user profile, or create the folder yourself and limit it to your account: icacls "D:\\cache" /inheritance:r /grant:r "CORP\\alice:(OI)(CI)F"',
    );
  });

  it("says why when icacls cannot start at all", async () => {
    const run = async () => {
      throw Object.assign(new Error("spawn C:\\Windows\\System32\\icacls.exe ENOENT"), { code: "ENOENT" });
    };
    await expect(restrictFolderToOwner("D:\\cache", { env, run })).rejects.toThrow("(icacls: spawn C:\\Windows\\System32\\icacls.exe ENOENT)");
  });
});
