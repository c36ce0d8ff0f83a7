import { describe, expect, it } from "vitest";
import { getBootId, type GetBootIdOptions } from "./getBootId.js";

const uuid = "0f0e8d2a-5b2c-4d7e-9a61-3c2b1a0f9e8d";

/** A simulated host: what /proc and sysctl say, and what was asked. */
function simulate(platform: NodeJS.Platform, answers: { file?: string; sysctl?: string | Error } = {}) {
  const asked: string[] = [];
  const options: GetBootIdOptions = {
    platform,
    readFile: (path) => {
      asked.push(path);
      if (answers.file === undefined) throw Object.assign(new Error("missing"), { code: "ENOENT" });
      return answers.file;
    },
    run: (file, args) => {
      asked.push([file, ...args].join(" "));
      if (answers.sysctl instanceof Error) throw answers.sysctl;
      return answers.sysctl ?? "";
    },
  };
  return { options, asked };
}

describe(getBootId.name, () => {
  it.runIf(process.platform === "linux")("reads the same id twice within one boot on Linux", () => {
    expect(getBootId()).toMatch(/^[0-9a-f-]{36}$/);
    expect(getBootId({ platform: "linux" })).toBe(getBootId());
  });

  it("on Linux, reads the kernel's boot_id", () => {
    const linux = simulate("linux", { file: `${uuid}\n` });
    expect(getBootId(linux.options)).toBe(uuid);
    expect(linux.asked).toEqual(["/proc/sys/kernel/random/boot_id"]);
    expect(getBootId(simulate("linux").options)).toBeUndefined();
  });

  it("on macOS, asks sysctl for the boot session's uuid (kern.boottime moves with the clock)", () => {
    const mac = simulate("darwin", { sysctl: `${uuid.toUpperCase()}\n` });
    expect(getBootId(mac.options)).toBe(uuid.toUpperCase());
    expect(mac.asked).toEqual(["/usr/sbin/sysctl -n kern.bootsessionuuid"]);
  });

  it("on macOS, has no boot id when sysctl fails or answers something else than a uuid", () => {
    expect(getBootId(simulate("darwin", { sysctl: new Error("unknown oid") }).options)).toBeUndefined();
    expect(getBootId(simulate("darwin", { sysctl: "\n" }).options)).toBeUndefined();
    expect(getBootId(simulate("darwin", { sysctl: "sysctl: unknown oid 'kern.bootsessionuuid'" }).options)).toBeUndefined();
  });

  it("has no boot id to offer on Windows, and asks nothing there", () => {
    const win = simulate("win32", { file: uuid, sysctl: uuid });
    expect(getBootId(win.options)).toBeUndefined();
    expect(win.asked).toEqual([]);
  });
});
