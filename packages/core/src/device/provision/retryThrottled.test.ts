import { describe, expect, it } from "vitest";
import { AccessDeniedError, ThrottledError } from "../../errors/errors.js";
import { retryThrottled } from "./retryThrottled.js";

describe(retryThrottled.name, () => {
  it("retries throttling with growing, jittered delays and gives up after maxAttempts", async () => {
    const delays: number[] = [];
    let calls = 0;
    const error = await retryThrottled(async () => { calls++; throw new ThrottledError("slow down"); },
      { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 250, random: () => 0.999, sleep: async (ms) => { delays.push(ms); } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThrottledError);
    expect(calls).toBe(4);
    expect(delays).toEqual([99, 199, 249]);
  });

  it("does not retry other errors", async () => {
    let calls = 0;
    await expect(retryThrottled(async () => { calls++; throw new AccessDeniedError("no"); })).rejects.toBeInstanceOf(AccessDeniedError);
    expect(calls).toBe(1);
  });
});
