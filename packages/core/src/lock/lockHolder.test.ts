import { describe, expect, it } from "vitest";
import { isHolderAlive, type LockHolder, type LockHost, parseLockHolder } from "./lockHolder.js";

const holder: LockHolder = { pid: 4242, hostname: "laptop", createdAt: "2024-01-01T00:00:00.000Z", token: "0123456789abcdef0123456789abcdef", bootId: "boot-1" };

/** This host, where `alive` pids exist and `beacons` says what each token's beacon shows. */
function host(alive: number[], beacons?: Record<string, boolean | undefined>): LockHost & { probed: string[] } {
  const probed: string[] = [];
  return {
    hostname: "laptop",
    bootId: "boot-1",
    isProcessAlive: (pid) => alive.includes(pid),
    ...(beacons === undefined ? {} : { probeBeacon: (token: string) => (probed.push(token), beacons[token]) }),
    probed,
  };
}

describe(isHolderAlive.name, () => {
  it("cannot judge another host's holder", () => {
    expect(isHolderAlive({ ...holder, hostname: "other" }, host([4242]))).toBeUndefined();
  });

  it("calls a holder of an earlier boot dead, whatever process has its pid now", () => {
    expect(isHolderAlive({ ...holder, bootId: "boot-0" }, host([4242]))).toBe(false);
    expect(isHolderAlive({ ...holder, bootId: undefined }, host([4242]))).toBe(true);
  });

  it("calls a holder whose pid is gone dead without looking at its beacon", () => {
    const here = host([], { [holder.token]: true });
    expect(isHolderAlive(holder, here)).toBe(false);
    expect(here.probed).toEqual([]);
  });

  it("calls a holder whose pid lives but whose beacon is no longer held dead (the pid was reused, Windows)", () => {
    expect(isHolderAlive(holder, host([4242], { [holder.token]: false }))).toBe(false);
    expect(isHolderAlive(holder, host([4242], { [holder.token]: true }))).toBe(true);
  });

  it("lets the pid decide where there is no beacon to look at (older holders, other platforms)", () => {
    const here = host([4242], {});
    expect(isHolderAlive(holder, here)).toBe(true);
    expect(here.probed).toEqual([holder.token]);
    expect(isHolderAlive(holder, host([4242]))).toBe(true);
  });
});

describe(parseLockHolder.name, () => {
  it("reads what fileLock writes, and nothing without a pid, host, time and token", () => {
    expect(parseLockHolder(JSON.stringify(holder))).toEqual(holder);
    expect(parseLockHolder(JSON.stringify({ ...holder, token: "" }))).toBeUndefined();
    expect(parseLockHolder(JSON.stringify({ ...holder, pid: 0 }))).toBeUndefined();
    expect(parseLockHolder("not json")).toBeUndefined();
  });
});
