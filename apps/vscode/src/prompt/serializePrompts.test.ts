import { UserCancelledError, type MfaCodeRequest } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { serializePrompts } from "./serializePrompts.js";

const request = (profile: string, signal?: AbortSignal): MfaCodeRequest => ({ profile, mfaSerial: "s", reason: "r", attempt: 1, ...(signal ? { signal } : {}) });

describe(serializePrompts.name, () => {
  it("asks one request at a time, in arrival order", async () => {
    const events: string[] = [];
    const release: Array<() => void> = [];
    const provider = serializePrompts(async (req) => {
      events.push(`open ${req.profile}`);
      await new Promise<void>((resolve) => release.push(resolve));
      events.push(`close ${req.profile}`);
      return "123456";
    });
    const first = provider(request("a"));
    const second = provider(request("b"));
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(["open a"]);
    release.shift()!();
    await first;
    await new Promise((resolve) => setImmediate(resolve));
    release.shift()!();
    await second;
    expect(events).toEqual(["open a", "close a", "open b", "close b"]);
  });

  it("skips a waiting request whose caller went away, and goes on after a cancelled one", async () => {
    const asked: string[] = [];
    const provider = serializePrompts(async (req) => {
      asked.push(req.profile);
      if (req.profile === "a") throw new UserCancelledError();
      return "123456";
    });
    const controller = new AbortController();
    const first = provider(request("a"));
    const gone = provider(request("b", controller.signal));
    const third = provider(request("c"));
    controller.abort();
    await expect(first).rejects.toBeInstanceOf(UserCancelledError);
    await expect(gone).rejects.toBeInstanceOf(UserCancelledError);
    await expect(third).resolves.toBe("123456");
    expect(asked).toEqual(["a", "c"]);
  });
});
