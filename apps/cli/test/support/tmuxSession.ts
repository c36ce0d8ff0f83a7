// A private tmux server (its own socket) running one script in a real terminal, for tests that type
// into our /dev/tty prompt the way a person would.
import { execFileSync } from "node:child_process";

export interface TmuxSession {
  capture(): string;
  /** Types text literally (no key names). */
  type(text: string): void;
  key(name: string): void;
  waitFor(pattern: RegExp | string, timeoutMs?: number, from?: number): Promise<string>;
  kill(): void;
}

export function startTmuxSession(name: string, command: string, env: NodeJS.ProcessEnv): TmuxSession {
  const socket = `mfa-session-test-${process.pid}-${name}`;
  const tmux = (...args: string[]) => execFileSync("tmux", ["-L", socket, "-f", "/dev/null", ...args], { env, encoding: "utf8" });
  tmux("new-session", "-d", "-s", name, "-x", "160", "-y", "40", command);
  const session: TmuxSession = {
    capture: () => tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", name),
    type: (text) => void tmux("send-keys", "-t", name, "-l", text),
    key: (key) => void tmux("send-keys", "-t", name, key),
    async waitFor(pattern, timeoutMs = 20_000, from = 0) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        let text = "";
        try {
          text = session.capture();
        } catch {
          // the pane may have just exited; fall through to the deadline check
        }
        const tail = text.slice(from);
        if (typeof pattern === "string" ? tail.includes(pattern) : pattern.test(tail)) return text;
        if (Date.now() > deadline) throw new Error(`tmux: timed out waiting for ${String(pattern)}; the pane shows:\n${text}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    kill: () => {
      try {
        tmux("kill-server");
      } catch {
        // already gone
      }
    },
  };
  return session;
}
