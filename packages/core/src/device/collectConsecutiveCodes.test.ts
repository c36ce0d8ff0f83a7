import { describe, expect, it } from "vitest";
import { InvalidMfaCodeError } from "../errors/errors.js";
import { generateSeed } from "../totp/generateSeed.js";
import { generateTotp } from "../totp/generateTotp.js";
import { collectConsecutiveCodes, type CodeAsk } from "./collectConsecutiveCodes.js";

function harness(startMs: number) {
  let now = startMs;
  const waits: number[] = [];
  return {
    clock: { now: () => now },
    sleep: async (ms: number) => { waits.push(ms); now += ms; },
    advance: (ms: number) => { now += ms; },
    waits,
  };
}

describe(collectConsecutiveCodes.name, () => {
  it("waits for the next 30-second window before asking for the second code", async () => {
    const seed = generateSeed();
    const h = harness(1_000_000_000_000); // 10 s into a 30-second step
    const asks: CodeAsk[] = [];
    const notices: number[] = [];
    const pair = await collectConsecutiveCodes({
      subject: "s", seedBase32: seed, clock: h.clock, sleep: h.sleep, onWait: (s) => notices.push(s),
      ask: async (request) => { asks.push(request); return generateTotp(seed, { timeMs: h.clock.now() }); },
    });
    expect(asks).toEqual([{ which: 1 }, { which: 2 }]);
    expect(h.waits).toEqual([20_000]);
    expect(notices).toEqual([20]);
    expect(pair.code1).toBe(generateTotp(seed, { timeMs: 1_000_000_000_000 }));
    expect(pair.code2).toBe(generateTotp(seed, { timeMs: 1_000_000_020_000 }));
  });

  it("refuses two equal codes and asks again", async () => {
    const h = harness(1_000_000_000_000);
    const answers = ["123456", "123456", "654321"];
    const asks: CodeAsk[] = [];
    const pair = await collectConsecutiveCodes({ subject: "s", clock: h.clock, sleep: h.sleep, ask: async (r) => { asks.push(r); return answers.shift()!; } });
    expect(pair).toEqual({ code1: "123456", code2: "654321" });
    expect(asks).toEqual([{ which: 1 }, { which: 2 }, { which: 2, retry: "same" }]);
  });

  it("re-asks a first code that is not this device's, and gives up after three tries", async () => {
    const seed = generateSeed();
    const h = harness(1_000_000_000_000);
    const asks: CodeAsk[] = [];
    const error = await collectConsecutiveCodes({ subject: "s", seedBase32: seed, clock: h.clock, sleep: h.sleep, ask: async (r) => { asks.push(r); return r.retry ? "12ab" : "000000"; } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidMfaCodeError);
    expect(asks.map((a) => a.retry)).toEqual([undefined, generateTotp(seed, { timeMs: 1_000_000_000_000 }) === "000000" ? undefined : "mismatch", "format"]);
  });

  it("starts the pair again from a late second code", async () => {
    const seed = generateSeed();
    const h = harness(1_000_000_000_000);
    const asks: CodeAsk[] = [];
    let first = true;
    const pair = await collectConsecutiveCodes({
      subject: "s", seedBase32: seed, clock: h.clock, sleep: h.sleep,
      ask: async (r) => {
        asks.push(r);
        if (r.which === 2 && first) { first = false; h.advance(30_000); } // the person was slow: a window went by
        return generateTotp(seed, { timeMs: h.clock.now() });
      },
    });
    expect(asks.map((a) => a.retry)).toEqual([undefined, undefined, "late"]);
    expect(pair.code1).toBe(generateTotp(seed, { timeMs: 1_000_000_060_000 }));
    expect(pair.code2).toBe(generateTotp(seed, { timeMs: 1_000_000_090_000 }));
  });
});
