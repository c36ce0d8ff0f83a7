import { MfaSessionError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { exitCodeFor, formatError } from "./formatError.js";

describe(formatError.name, () => {
  it("words a file-system failure no command caught as the environment's problem, not an internal error", () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write", path: "/home/u/.aws/config" });
    const text = formatError(full);
    expect(text).toBe("mfa-session: Could not write a file (/home/u/.aws/config): the disk is full (ENOSPC): free some space and run it again.\n");
    expect(text).not.toMatch(/internal error/);
  });

  it("keeps 'internal error' for a bug, with the name and message only", () => {
    expect(formatError(new TypeError("x is undefined"))).toBe("mfa-session: internal error (TypeError: x is undefined). Please report it with the command you ran.\n");
  });

  it("maps codes to exit statuses", () => {
    expect(exitCodeFor(new MfaSessionError("bad flag", "USAGE"))).toBe(2);
    expect(exitCodeFor(new MfaSessionError("Cancelled.", "CANCELLED"))).toBe(130);
    expect(exitCodeFor(new Error("x"))).toBe(1);
  });
});
