import { describe, expect, it } from "vitest";
import { PromptUnavailableError } from "../errors/errors.js";
import type { MfaCodeProvider } from "../ports/ports.js";
import { getCodeSources, resolveCodeProvider } from "./resolveCodeProvider.js";

const request = { profile: "work", mfaSerial: "arn:aws:iam::123456789012:mfa/a", reason: "test", attempt: 1 };
const answer = (code: string, asked: string[], name: string): MfaCodeProvider => async () => (asked.push(name), code);
const MFA_PROCESS = "totp work";
const env = {};
const run = async (command: string) => ({ stdout: command === MFA_PROCESS ? "135790\n" : "" });

describe(resolveCodeProvider.name, () => {
  it("runs the profile's mfa_process first by default, as a fixed code", async () => {
    const asked: string[] = [];
    const resolved = resolveCodeProvider({ env, sources: { tty: answer("222222", asked, "tty") }, mfaProcess: MFA_PROCESS, run });
    expect(resolved.order).toEqual(["process", "tty"]);
    expect(resolved.interactive).toBe(false);
    expect(resolved.freshCodeEachStep).toBe(true);
    expect(await resolved.codeProvider(request)).toBe("135790");
    expect(asked).toEqual([]);
  });

  it("does not run mfa_process when MFA_SESSION_PROMPT leaves it out", async () => {
    const asked: string[] = [];
    const resolved = resolveCodeProvider({ env: { ...env, MFA_SESSION_PROMPT: "tty" }, sources: { tty: answer("222222", asked, "tty") }, mfaProcess: MFA_PROCESS, run });
    expect(resolved).toMatchObject({ order: ["tty"], interactive: true, freshCodeEachStep: false });
    expect(await resolved.codeProvider(request)).toBe("222222");
    expect(asked).toEqual(["tty"]);
  });

  it("asks a person before mfa_process when MFA_SESSION_PROMPT puts them first", async () => {
    const asked: string[] = [];
    const resolved = resolveCodeProvider({ env: { ...env, MFA_SESSION_PROMPT: "tty,process" }, sources: { tty: answer("222222", asked, "tty") }, mfaProcess: MFA_PROCESS, run });
    expect(resolved.order).toEqual(["tty", "process"]);
    expect(await resolved.codeProvider(request)).toBe("222222");
  });

  it("uses a code given to the call over mfa_process and MFA_SESSION_PROMPT", async () => {
    const asked: string[] = [];
    const resolved = resolveCodeProvider({ env: { ...env, MFA_SESSION_PROMPT: "none" }, sources: { token: answer("333333", asked, "token") }, mfaProcess: MFA_PROCESS, run });
    expect(resolved).toMatchObject({ order: ["token"], interactive: false, freshCodeEachStep: false });
    expect(await resolved.codeProvider(request)).toBe("333333");
  });

  it("fails with the next step when no source is left", async () => {
    const resolved = resolveCodeProvider({ env: { MFA_SESSION_PROMPT: "none" }, sources: {} });
    expect(resolved.order).toEqual([]);
    await expect(resolved.codeProvider(request)).rejects.toThrow("No way to ask for an MFA code for profile work");
  });
});

describe(getCodeSources.name, () => {
  it("turns a fixed code into token and a prompt into the person sources, asked once", async () => {
    const asked: string[] = [];
    const prompt = answer("444444", asked, "prompt");
    expect(getCodeSources(prompt, { interactive: false })).toEqual({ token: prompt });
    const resolved = resolveCodeProvider({ env: {}, sources: getCodeSources(prompt) });
    expect(resolved.order).toEqual(["tty", "vscode", "dialog"]);
    expect(await resolved.codeProvider(request)).toBe("444444");
    expect(asked).toEqual(["prompt"]);
    expect(getCodeSources(undefined)).toEqual({});
  });

  it("asks a prompt that cannot ask only once before giving up", async () => {
    let calls = 0;
    const prompt: MfaCodeProvider = async () => {
      calls++;
      throw new PromptUnavailableError("no window");
    };
    await expect(resolveCodeProvider({ env: {}, sources: getCodeSources(prompt) }).codeProvider(request)).rejects.toBeInstanceOf(PromptUnavailableError);
    expect(calls).toBe(1);
  });
});
