// Shared by the device CLI tests: an administrator profile on the sandbox, oathtool/zbarimg wrappers,
// a tmux driver for the interactive flows, and a decoder for the QR code drawn on a terminal screen.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { MfaWorld } from "./support/mfaWorld.js";

/** Adds [admin] keys of the sandbox's administrator and a profile pointing at the sandbox. */
export async function addAdminProfile(world: MfaWorld, name = "admin"): Promise<string> {
  writeFileSync(world.credentialsFile, `[${name}]\naws_access_key_id = ${world.sandbox.admin.accessKeyId}\naws_secret_access_key = ${world.sandbox.admin.secretAccessKey}\n\n`, { flag: "a", mode: 0o600 });
  await world.setConfig(`profile ${name}`, [{ key: "region", value: world.sandbox.region }, { key: "endpoint_url", value: world.sandbox.endpoint }]);
  return name;
}

/**
 * Adds a user with keys (credentials file) and no device yet; `requireMfa` gives them the usual
 * "deny everything but MFA self-service unless MFA is present" policy.
 */
export async function addPlainUser(world: MfaWorld, userName: string, requireMfa = false): Promise<string> {
  const created = world.sandbox.admin.createUser({ userName, requireMfa });
  world.secrets.values.add(created.secretAccessKey!);
  writeFileSync(world.credentialsFile, `[${userName}]\naws_access_key_id = ${created.accessKeyId}\naws_secret_access_key = ${created.secretAccessKey}\n\n`, { flag: "a", mode: 0o600 });
  return userName;
}

export function oathtoolCode(seed: string, atMs: number): string {
  return execFileSync("oathtool", ["--totp", "-b", `--now=@${Math.floor(atMs / 1000)}`, seed], { encoding: "utf8" }).trim();
}

export function zbarDecode(file: string): string {
  return execFileSync("zbarimg", ["-q", "--raw", file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
}

export function secretOf(uri: string): string {
  const secret = new URL(uri).searchParams.get("secret");
  if (!secret) throw new Error("otpauth URI without secret");
  return secret;
}

/**
 * Turns a QR code drawn by `qrcode` (type terminal, small: half blocks, dark = drawn glyph) in a
 * captured pane back into a PBM image, so zbarimg can read what a person's phone would scan.
 */
export function screenQrToPbm(screen: string, file: string): void {
  let lines = screen.split("\n").filter((line) => /[▀▄█]/.test(line));
  // The last line of an odd-sized code is the light quiet zone drawn as white "▀": not modules.
  if (lines.length > 0 && /^\s*▀+\s*$/.test(lines[lines.length - 1]!)) lines = lines.slice(0, -1);
  const width = Math.max(...lines.map((line) => [...line].length));
  const rows: boolean[][] = [];
  for (const line of lines) {
    const chars = [...line.padEnd(width)];
    rows.push(chars.map((c) => c === "▀" || c === "█"), chars.map((c) => c === "▄" || c === "█"));
  }
  const scale = 4;
  const quiet = 4;
  const out: string[] = [];
  for (let r = -quiet; r < rows.length + quiet; r++) {
    const row: number[] = [];
    for (let c = -quiet; c < width + quiet; c++) {
      const dark = rows[r]?.[c] ?? false;
      for (let i = 0; i < scale; i++) row.push(dark ? 1 : 0);
    }
    for (let i = 0; i < scale; i++) out.push(row.join(" "));
  }
  writeFileSync(file, `P1\n${(width + 2 * quiet) * scale} ${out.length}\n${out.join("\n")}\n`);
}

/** A private tmux server (own socket) running one command in a 160x70 window. */
export class TmuxSession {
  private readonly socket: string;
  constructor(readonly dir: string, readonly name: string) {
    this.socket = join(dir, `tmux-${name}.sock`);
  }

  private tmux(args: string[]): string {
    return execFileSync("tmux", ["-S", this.socket, ...args], { encoding: "utf8" });
  }

  /** Runs `argv` with `env` in the pane; the pane stays (with "EXIT=<code>") after it ends. */
  start(argv: string[], env: NodeJS.ProcessEnv): void {
    const script = join(this.dir, `${this.name}.sh`);
    const exports = Object.entries(env)
      .filter(([key, value]) => value !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
      .map(([key, value]) => `export ${key}='${String(value).replace(/'/g, `'\\''`)}'`);
    const command = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
    writeFileSync(script, `${exports.join("\n")}\n${command}\necho "EXIT=$?"\nsleep 600\n`, { mode: 0o700 });
    this.tmux(["new-session", "-d", "-s", this.name, "-x", "160", "-y", "70", `/bin/sh ${script}`]);
  }

  capture(): string {
    return this.tmux(["capture-pane", "-p", "-t", this.name, "-S", "-200"]);
  }

  type(text: string): void {
    this.tmux(["send-keys", "-t", this.name, "-l", text]);
  }

  keys(...keys: string[]): void {
    this.tmux(["send-keys", "-t", this.name, ...keys]);
  }

  async waitFor(pattern: RegExp, timeoutMs = 45_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.capture();
      if (pattern.test(screen)) return screen;
      if (Date.now() > deadline || (/EXIT=\d+/.test(screen) && !pattern.test("EXIT=0"))) throw new Error(`tmux: ${pattern} did not appear; screen:\n${screen.split("\n").filter((l) => !/[▀▄█]/.test(l)).join("\n").trim()}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  kill(): void {
    try {
      this.tmux(["kill-server"]);
    } catch {
      // already gone
    }
  }
}
