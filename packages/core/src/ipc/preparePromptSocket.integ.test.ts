// The socket folder against the real file system: a predictable folder in the temporary folder that
// is not ours (another user's, open to everyone, a symbolic link, a file) is passed over for a fresh
// private one, and the server listening there answers.
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir as osTmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { requestCodeOverIpc } from "./ipcClient.js";
import { createPromptSecret } from "./ipcProtocol.js";
import { startPromptServer } from "./ipcServer.js";
import { preparePromptSocket } from "./preparePromptSocket.js";

const uid = process.getuid!();
const request = { profile: "work", mfaSerial: "arn:aws:iam::123456789012:mfa/me", reason: "test", attempt: 1 };
let base: string;
let longHome: string;
let tmpdir: string;
const predictable = () => join(tmpdir, `mfa-session-${uid}`);
beforeEach(() => {
  base = mkdtempSync(join(osTmpdir(), "mfa-session-prepare-"));
  longHome = join(base, "h".repeat(60), "o".repeat(60));
  mkdirSync(longHome, { recursive: true });
  tmpdir = join(base, "t");
  mkdirSync(tmpdir);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

/** A temporary folder in which our folder's socket path is `bytes` long. */
function makeTmpdirForSocketPathOf(bytes: number): string {
  const folder = join(base, "m".repeat(bytes - Buffer.byteLength(join(base, "m", `mfa-session-${uid}`, "w1.sock")) + 1));
  mkdirSync(folder);
  expect(Buffer.byteLength(join(folder, `mfa-session-${uid}`, "w1.sock"))).toBe(bytes);
  return folder;
}

/** Prepares the folder, starts a server there and asks it for a code; returns where it listened and the log. */
async function listenAndAsk(options: { env?: Record<string, string>; platform?: NodeJS.Platform; tmpdir?: string; shortTmpdir?: string } = {}) {
  const warnings: string[] = [];
  const socket = await preparePromptSocket({
    id: "w1", homedir: longHome, tmpdir: options.tmpdir ?? tmpdir, shortTmpdir: options.shortTmpdir ?? join(base, "short"), env: options.env ?? {},
    platform: options.platform ?? "linux", logger: { debug() {}, info() {}, warn: (m) => void warnings.push(m) },
  });
  const secret = createPromptSecret();
  const server = await startPromptServer({ socketPath: socket.socketPath, secret, onCodeRequest: async () => "246802" });
  try {
    expect(await requestCodeOverIpc({ socketPath: socket.socketPath, secret, request })).toBe("246802");
  } finally {
    await server.close();
  }
  const folder = lstatSync(dirname(socket.socketPath));
  expect(folder.isDirectory() && folder.uid === uid && (folder.mode & 0o777) === 0o700).toBe(true);
  return { socket, warnings };
}

describe(preparePromptSocket.name, () => {
  it("uses the folder named after our uid in the temporary folder when HOME is too long, and keeps it", async () => {
    const { socket, warnings } = await listenAndAsk();
    expect(dirname(socket.socketPath)).toBe(predictable());
    expect(warnings).toEqual([]);
    await socket.release();
    expect(existsSync(predictable())).toBe(true);
  });

  it("prefers XDG_RUNTIME_DIR to the temporary folder", async () => {
    const runtime = join(base, "run");
    mkdirSync(runtime, { mode: 0o700 });
    const { socket } = await listenAndAsk({ env: { XDG_RUNTIME_DIR: runtime } });
    expect(socket.socketPath).toBe(join(runtime, "mfa-session", "w1.sock"));
  });

  it("passes over that folder when it is open to everyone (0777), says why, and removes its own on release", async () => {
    mkdirSync(predictable());
    chmodSync(predictable(), 0o777);
    const { socket, warnings } = await listenAndAsk();
    expect(dirname(socket.socketPath)).not.toBe(predictable());
    expect(dirname(socket.socketPath).startsWith(`${predictable()}-`)).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("writable by other users");
    await socket.release();
    expect(existsSync(dirname(socket.socketPath))).toBe(false);
  });

  it("passes over a symbolic link or a file in that folder's place", async () => {
    const theirs = join(base, "theirs");
    mkdirSync(theirs, { mode: 0o777 });
    symlinkSync(theirs, predictable());
    expect(dirname((await listenAndAsk()).socket.socketPath)).not.toBe(predictable());
    expect(readdirSync(theirs)).toEqual([]);
    const other = mkdtempSync(join(base, "t2-"));
    tmpdir = other;
    writeFileSync(predictable(), "");
    expect(dirname((await listenAndAsk()).socket.socketPath)).not.toBe(predictable());
  });

  it.skipIf(uid !== 0)("passes over that folder when another user made it (uid 12345; needs root to set up)", async () => {
    mkdirSync(predictable(), { mode: 0o700 });
    chownSync(predictable(), 12345, 12345);
    const { socket, warnings } = await listenAndAsk();
    expect(dirname(socket.socketPath)).not.toBe(predictable());
    expect(warnings[0]).toContain("belongs to another user (uid 12345)");
  });

  it("on macOS, listens in the short temporary folder when TMPDIR fits Linux's 107 bytes but not macOS's 103", async () => {
    const macTmp = makeTmpdirForSocketPathOf(105);
    const short = join(base, "s");
    mkdirSync(short);
    const { socket } = await listenAndAsk({ platform: "darwin", tmpdir: macTmp, shortTmpdir: short });
    expect(socket.socketPath).toBe(join(short, `mfa-session-${uid}`, "w1.sock"));
    expect(Buffer.byteLength(socket.socketPath)).toBeLessThanOrEqual(103);
    expect((await listenAndAsk({ platform: "linux", tmpdir: macTmp, shortTmpdir: short })).socket.socketPath).toBe(join(macTmp, `mfa-session-${uid}`, "w1.sock"));
  });

  it("on macOS, makes its fresh folder in the short temporary folder when the one there is not ours", async () => {
    const macTmp = makeTmpdirForSocketPathOf(105);
    const short = join(base, "s");
    mkdirSync(join(short, `mfa-session-${uid}`), { recursive: true });
    chmodSync(join(short, `mfa-session-${uid}`), 0o777);
    const { socket, warnings } = await listenAndAsk({ platform: "darwin", tmpdir: macTmp, shortTmpdir: short });
    expect(dirname(socket.socketPath).startsWith(join(short, `mfa-session-${uid}-`))).toBe(true);
    expect(warnings[0]).toContain("writable by other users");
  });

  it("says what to do when even the temporary folders are too long for a socket", async () => {
    const longTmp = join(base, "t".repeat(100));
    mkdirSync(longTmp);
    await expect(preparePromptSocket({ id: "w1", homedir: longHome, tmpdir: longTmp, shortTmpdir: longTmp, env: {}, platform: "linux" })).rejects.toThrow(
      /No folder has a path short enough for the VS Code prompt's socket .*: start VS Code with TMPDIR set to a short folder such as \/tmp\./,
    );
  });

  it("gives Windows a named pipe", async () => {
    expect((await preparePromptSocket({ id: "w1", platform: "win32" })).socketPath).toBe("\\\\.\\pipe\\mfa-session-vscode-w1");
  });
});
