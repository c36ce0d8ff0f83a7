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

  it("fails with the next step, and the last provider's reason as the cause, when no provider can ask", async () => {
    const error = await chainCodeProviders([unavailable, unavailable])(request).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PromptUnavailableError);
    // Core names no CLI command or VS Code command: each app words the next step from the hint.
    expect((error as Error).message).toBe(
      "No way to ask for an MFA code for profile work: sign in once where a person can type the code (a terminal or VS Code), or set mfa_process.",
    );
    expect(error).toMatchObject({ problem: "No way to ask for an MFA code for profile work", hint: { kind: "no-code-source", profile: "work" } });
    expect(((error as Error).cause as Error).message).toBe("no terminal");
    await expect(chainCodeProviders([])(request)).rejects.toBeInstanceOf(PromptUnavailableError);
  });

  it("asks again through the provider that answered first", async () => {
    const asked: string[] = [];
    let editorOpen = true;
    const chain = chainCodeProviders([
      async () => {
        if (!editorOpen) throw new PromptUnavailableError("window closed");
        asked.push("editor");
        return "111111";
      },
      async () => (asked.push("terminal"), "222222"),
    ]);
    expect(await chain(request)).toBe("111111");
    editorOpen = false;
    await expect(chain({ ...request, attempt: 2, previousError: "invalid" })).rejects.toThrow("window closed");
    expect(asked).toEqual(["editor"]);
  });

  it("asks again through a provider that failed, rather than trying the next one", async () => {
    const asked: string[] = [];
    const chain = chainCodeProviders([
      async () => {
        asked.push("first");
        throw new Error("broke");
      },
      async () => (asked.push("second"), "222222"),
    ]);
    await expect(chain(request)).rejects.toThrow("broke");
    await expect(chain({ ...request, attempt: 2 })).rejects.toThrow("broke");
    expect(asked).toEqual(["first", "first"]);
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
