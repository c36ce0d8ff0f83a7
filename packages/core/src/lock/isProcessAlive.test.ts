import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createProcessAliveCheck, isProcessAlive, type ProcessAliveOptions } from "./isProcessAlive.js";

describe(isProcessAlive.name, () => {
  it("sees this process as alive", () => {
    expect(isProcessAlive(process.pid)).toBe(true);
  });

  it("sees an exited process as dead", async () => {
    const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    await new Promise((resolve) => child.once("close", resolve));
    expect(isProcessAlive(child.pid ?? 0)).toBe(false);
  });

  it("never treats 0, negative or fractional ids as a process", () => {
    expect(isProcessAlive(0)).toBe(false);
    expect(isProcessAlive(-1)).toBe(false);
    expect(isProcessAlive(1.5)).toBe(false);
  });
});

describe(`${isProcessAlive.name} on Linux`, () => {
  it.runIf(process.platform === "linux")("sees a killed but unreaped (zombie) process as dead", async () => {
    // `sleep 0` exits at once, but its parent exec'd into `sleep 2` and never reaps it.
    const parent = spawn("sh", ["-c", "sleep 0 & echo $!; exec sleep 2"], { stdio: ["ignore", "pipe", "ignore"] });
    const pid = Number(await new Promise<string>((resolve) => parent.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString()))));
    try {
      for (let tries = 0; tries < 100 && isProcessAlive(pid); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(isProcessAlive(pid)).toBe(false);
      expect(isProcessAlive(parent.pid ?? 0)).toBe(true);
    } finally {
      parent.kill("SIGKILL");
    }
  });
});

/** A simulated host: which pids exist, what /proc and ps say, and what was asked. */
function simulate(platform: NodeJS.Platform, options: { exists?: boolean | "EPERM"; stat?: string; ps?: string | Error } = {}) {
  const asked: string[] = [];
  let now = 0;
  const check: ProcessAliveOptions = {
    platform,
    kill: () => {
      if (options.exists === false) throw Object.assign(new Error("no such process"), { code: "ESRCH" });
      if (options.exists === "EPERM") throw Object.assign(new Error("not permitted"), { code: "EPERM" });
    },
    readFile: (path) => {
      asked.push(path);
      if (options.stat === undefined) throw Object.assign(new Error("missing"), { code: "ENOENT" });
      return options.stat;
    },
    run: (file, args) => {
      asked.push([file, ...args].join(" "));
      if (options.ps instanceof Error) throw options.ps;
      return options.ps ?? "";
    },
    clock: { now: () => now },
  };
  return { isAlive: createProcessAliveCheck(check), asked, advance: (ms: number) => void (now += ms) };
}

describe(createProcessAliveCheck.name, () => {
  it("sees a pid that signal 0 cannot reach as dead, and one it may not signal (EPERM) as alive", () => {
    for (const platform of ["linux", "darwin", "win32"] as const) {
      expect(simulate(platform, { exists: false }).isAlive(42)).toBe(false);
      expect(simulate(platform, { exists: "EPERM", stat: "42 (x) S 1", ps: "S\n" }).isAlive(42)).toBe(true);
    }
  });

  it("on Linux, reads the state after the last ')' of /proc/<pid>/stat: Z is dead", () => {
    const linux = simulate("linux", { stat: "42 (a) Z) S 1 2 3" });
    expect(linux.isAlive(42)).toBe(true);
    expect(linux.asked).toEqual(["/proc/42/stat"]);
    expect(simulate("linux", { stat: "42 (cred (x)) Z 1 2 3" }).isAlive(42)).toBe(false);
    expect(simulate("linux").isAlive(42)).toBe(true); // no /proc: signal 0 decides
  });

  it("on macOS, asks ps for the state: a zombie (Z, Z+) is dead, any other state alive", () => {
    const mac = simulate("darwin", { ps: "Z+\n" });
    expect(mac.isAlive(42)).toBe(false);
    expect(mac.asked).toEqual(["/bin/ps -o stat= -p 42"]);
    expect(simulate("darwin", { ps: "  Z\n" }).isAlive(42)).toBe(false);
    expect(simulate("darwin", { ps: "S+\n" }).isAlive(42)).toBe(true);
    expect(simulate("darwin", { ps: "Ss\n" }).isAlive(42)).toBe(true);
  });

  it("on macOS, counts the process as alive when ps cannot tell (missing, failed, exited meanwhile)", () => {
    expect(simulate("darwin", { ps: new Error("ps failed") }).isAlive(42)).toBe(true);
    expect(simulate("darwin", { ps: "" }).isAlive(42)).toBe(true);
  });

  it("on macOS, asks ps at most once a second per pid, and never for a pid signal 0 already calls dead", () => {
    const mac = simulate("darwin", { ps: "S\n" });
    mac.isAlive(42);
    mac.advance(600);
    mac.isAlive(42);
    mac.isAlive(43);
    expect(mac.asked).toEqual(["/bin/ps -o stat= -p 42", "/bin/ps -o stat= -p 43"]);
    mac.advance(400);
    mac.isAlive(42);
    expect(mac.asked).toHaveLength(3);
    const gone = simulate("darwin", { exists: false, ps: "S\n" });
    gone.isAlive(42);
    expect(gone.asked).toEqual([]);
  });

  it("on Windows, has only signal 0 (no zombies; pid reuse is judged by the holder's beacon)", () => {
    const win = simulate("win32", { stat: "42 (x) Z 1", ps: "Z\n" });
    expect(win.isAlive(42)).toBe(true);
    expect(win.asked).toEqual([]);
  });
});
