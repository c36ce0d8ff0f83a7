import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { isProcessAlive } from "./isProcessAlive.js";

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
