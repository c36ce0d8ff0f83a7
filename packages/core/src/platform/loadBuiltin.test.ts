import * as childProcess from "node:child_process";
import * as crypto from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { loadChildProcess, loadCrypto } from "./loadBuiltin.js";
import { randomHex } from "./randomHex.js";

describe("loadBuiltin", () => {
  it("returns Node's own modules", () => {
    expect(loadCrypto().randomBytes).toBe(crypto.randomBytes);
    expect(loadChildProcess().execFile).toBe(childProcess.execFile);
  });

  it("works on a Node without process.getBuiltinModule (VS Code's Electron, Node before 20.16)", () => {
    vi.stubGlobal("process", Object.assign(Object.create(process), { getBuiltinModule: undefined }));
    try {
      expect(loadCrypto().createHash).toBe(crypto.createHash);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("randomHex gives lowercase hex of the asked length, different each time", () => {
    const [a, b] = [randomHex(6), randomHex(6)];
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });
});
