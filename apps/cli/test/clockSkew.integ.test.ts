// A local clock 5 minutes off the server's: core's engine (its own injected clock) against the sandbox
// (its injected server clock; X-Amz-Date is checked against the real wall clock, as AWS would).
// The Expiration handed out is the one STS issued, and every entry served from the cache still has
// at least 15 minutes by the server's clock.
import { createAwsClients, generateTotp, getCredentials, type Clock } from "@mfa-session/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configureProfile, startMfaWorld, type MfaWorld } from "./support/mfaWorld.js";

const MINUTE = 60_000;
const DURATION_SECONDS = 3600;
let world: MfaWorld;
let serverNow = Math.floor(Date.now() / 30_000) * 30_000 + 5_000;
const serverClock: Clock = { now: () => serverNow };

beforeAll(async () => {
  world = await startMfaWorld({ sandbox: { clock: serverClock } });
});
afterAll(async () => {
  await world?.stop();
});

describe("getCredentials with a skewed local clock", () => {
  it.each([
    ["behind", -5],
    ["ahead of", +5],
  ])("hands out only sessions with >= 15 min left by server time when the local clock is 5 min %s it", async (_label, skewMinutes) => {
    const name = `skew${skewMinutes < 0 ? "behind" : "ahead"}`;
    const user = await world.addUser(name);
    await configureProfile(world, user, name);
    await world.setConfig(`profile ${name}`, [{ key: "mfa_session_duration_seconds", value: String(DURATION_SECONDS) }]);
    const localClock: Clock = { now: () => serverNow + skewMinutes * MINUTE };
    const codes: number[] = [];
    const codeProvider = async () => {
      codes.push(serverNow);
      return generateTotp(user.seed, { timeMs: serverNow }); // the phone keeps the right time
    };
    const get = () => getCredentials({ profile: name, env: world.env, homedir: world.home, clock: localClock, codeProvider, clients: createAwsClients() });

    const first = await get();
    expect(first.source).toBe("sts");
    const issued = world.sandbox.admin.snapshot().sessions[first.credentials.accessKeyId];
    expect(issued).toBeDefined();
    // The Expiration comes from STS (server time + duration), not from the local clock.
    expect(first.credentials.expiration.getTime()).toBe(Math.floor(issued!.expiresAt / 1000) * 1000);
    expect(Math.abs(first.credentials.expiration.getTime() - (serverNow + DURATION_SECONDS * 1000))).toBeLessThan(1000);

    // Walk server time forward a minute at a time; every cache hit must still have >= 15 min by server time.
    let hits = 0;
    let leastLeftMs = Number.POSITIVE_INFINITY;
    let refreshedAt: number | undefined;
    for (let minute = 1; minute <= 60 && refreshedAt === undefined; minute++) {
      serverNow += MINUTE;
      const result = await get();
      if (result.source === "sts") {
        refreshedAt = minute;
        break;
      }
      hits += 1;
      const leftMs = result.credentials.expiration.getTime() - serverNow;
      leastLeftMs = Math.min(leastLeftMs, leftMs);
      expect(leftMs, `cache hit ${minute} min after issue`).toBeGreaterThanOrEqual(15 * MINUTE);
    }
    console.log(
      `local clock ${skewMinutes > 0 ? "+" : ""}${skewMinutes} min: ${hits} cache hits, least left by server time ${Math.round(leastLeftMs / 1000)} s, ` +
        `refreshed ${refreshedAt} min after issue (session ${DURATION_SECONDS / 60} min)`,
    );
    expect(refreshedAt).toBeDefined();
    expect(hits).toBeGreaterThan(30); // the session is still reused, not refreshed at every call
    expect(codes).toHaveLength(2);
  });
});
