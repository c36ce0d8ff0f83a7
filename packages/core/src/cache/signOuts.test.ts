import { describe, expect, it } from "vitest";
import { addSignOut, formatSignOuts, isInSignOutScope, isSignedOutSince, NO_SIGN_OUTS, parseSignOuts } from "./signOuts.js";

const DAY = 24 * 60 * 60_000;
const key = "a".repeat(64);
const dev = { profile: "dev", sourceProfile: "base" };

describe(isInSignOutScope.name, () => {
  it("covers everything, or the keys and the entries made by or sourced from the profiles named", () => {
    expect(isInSignOutScope({ all: true }, key, dev)).toBe(true);
    expect(isInSignOutScope({ keys: [key], profiles: [] }, key, { profile: "x", sourceProfile: "y" })).toBe(true);
    expect(isInSignOutScope({ keys: [], profiles: ["dev"] }, "b".repeat(64), dev)).toBe(true);
    expect(isInSignOutScope({ keys: [], profiles: ["base"] }, "b".repeat(64), dev)).toBe(true);
    expect(isInSignOutScope({ keys: [], profiles: ["ops"] }, key, dev)).toBe(false);
  });
});

describe(isSignedOutSince.name, () => {
  it("says whether a logout covering the entry ran at or after the refresh started", () => {
    const signOuts = addSignOut(NO_SIGN_OUTS, { keys: [], profiles: ["dev"] }, 1_000);
    expect(isSignedOutSince(signOuts, key, dev, 1_000, 2_000)).toBe(true);
    expect(isSignedOutSince(signOuts, key, dev, 1_001, 2_000)).toBe(false);
    expect(isSignedOutSince(signOuts, key, { profile: "ops", sourceProfile: "other" }, 0, 2_000)).toBe(false);
  });

  it("ignores a logout dated after now (the clock went back), rather than refuse every session until then", () => {
    const signOuts = addSignOut(NO_SIGN_OUTS, { all: true }, 10_000);
    expect(isSignedOutSince(signOuts, key, dev, 0, 9_999)).toBe(false);
  });
});

describe(addSignOut.name, () => {
  it("keeps the latest time per scope and drops sign-outs older than a day", () => {
    let signOuts = addSignOut(NO_SIGN_OUTS, { all: true }, 0);
    signOuts = addSignOut(signOuts, { keys: [key], profiles: ["dev"] }, 1_000);
    expect(signOuts).toEqual({ all: 0, keys: { [key]: 1_000 }, profiles: { dev: 1_000 } });
    signOuts = addSignOut(signOuts, { keys: [], profiles: ["ops"] }, DAY + 500);
    expect(signOuts).toEqual({ keys: { [key]: 1_000 }, profiles: { dev: 1_000, ops: DAY + 500 } });
  });
});

describe(parseSignOuts.name, () => {
  it("reads back what formatSignOuts wrote, and treats anything damaged as no logout", () => {
    const signOuts = addSignOut(addSignOut(NO_SIGN_OUTS, { all: true }, 5), { keys: [key], profiles: ["dev"] }, 7);
    expect(parseSignOuts(formatSignOuts(signOuts))).toEqual(signOuts);
    for (const damaged of ["", "{", "[]", '{"format":"other","version":1}', '{"format":"mfa-session-sign-outs","version":2}']) {
      expect(parseSignOuts(damaged)).toEqual(NO_SIGN_OUTS);
    }
    expect(parseSignOuts('{"format":"mfa-session-sign-outs","version":1,"all":"x","keys":{"k":"1","j":2},"profiles":[]}')).toEqual({ keys: { j: 2 }, profiles: {} });
  });
});
