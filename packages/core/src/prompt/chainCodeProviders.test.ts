import { describe, expect, it } from "vitest";
import { PromptUnavailableError, UserCancelledError } from "../errors/errors.js";
import type { MfaCodeProvider, MfaCodeRequest } from "../ports/ports.js";
import { chainCodeProviders } from "./chainCodeProviders.js";

const request: MfaCodeRequest = { profile: "work", mfaSerial: "arn:aws:iam::123456789012:mfa/a", reason: "test", attempt: 1 };
const unavailable: MfaCodeProvider = async () => {
  throw new PromptUnavailableError("no terminal");
};

describe(chainCodeProviders.name, () => {
  it("returns the code of the first provider that can ask", async () => {
    const calls: string[] = [];
    const chain = chainCodeProviders([
      unavailable,
      async () => (calls.push("second"), "123456"),
      async () => (calls.push("third"), "654321"),
    ]);
    expect(await chain(request)).toBe("123456");
    expect(calls).toEqual(["second"]);
  });

  it("stops at a cancellation", async () => {
    const calls: string[] = [];
    const chain = chainCodeProviders([
      async () => {
        throw new UserCancelledError();
      },
      async () => (calls.push("next"), "123456"),
    ]);
    await expect(chain(request)).rejects.toBeInstanceOf(UserCancelledError);
    expect(calls).toEqual([]);
  });

  it("propagates other errors", async () => {
    const chain = chainCodeProviders([async () => {
      throw new Error("socket broke");
    }, async () => "123456"]);
    await expect(chain(request)).rejects.toThrow("socket broke");
  });

  it("fails with the last PromptUnavailableError when no provider can ask", async () => {
    await expect(chainCodeProviders([unavailable, unavailable])(request)).rejects.toThrow("no terminal");
    await expect(chainCodeProviders([])(request)).rejects.toBeInstanceOf(PromptUnavailableError);
  });

  it("does not start the next provider once the signal is aborted", async () => {
    const controller = new AbortController();
    const calls: string[] = [];
    const chain = chainCodeProviders([
      async () => {
        controller.abort();
        throw new PromptUnavailableError("gone");
      },
      async () => (calls.push("next"), "123456"),
    ]);
    await expect(chain({ ...request, signal: controller.signal })).rejects.toThrow();
    expect(calls).toEqual([]);
  });
});
