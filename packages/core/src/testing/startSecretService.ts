// A private Secret Service for tests: its own D-Bus session bus (dbus-run-session) with
// gnome-keyring-daemon's secrets component, its login keyring created and unlocked under `home`.
// Works headless and as root (docs/keychain.md). Processes given `env` (DBUS_SESSION_BUS_ADDRESS)
// use it; stop() ends the bus, and the keyring daemon with it. Fails, never skips, when the tools
// are missing: scripts/install-test-tools.sh installs them.
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";

export interface SecretService {
  /** What a process needs to reach this Secret Service. */
  env: { DBUS_SESSION_BUS_ADDRESS: string; XDG_DATA_HOME: string };
  /** `secret-tool lookup service <service> username <account>` on this bus: the independent oracle. */
  lookup(service: string, account: string): string | undefined;
  stop(): Promise<void>;
}

const SCRIPT = 'printf %s "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 3; ' +
  'echo "BUS=$DBUS_SESSION_BUS_ADDRESS"; exec cat';

export async function startSecretService(options: { home: string }): Promise<SecretService> {
  for (const tool of ["dbus-run-session", "gnome-keyring-daemon", "secret-tool"]) {
    if (spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0) {
      throw new Error(`${tool} is missing: run scripts/install-test-tools.sh (Debian: gnome-keyring dbus libsecret-tools dbus-x11).`);
    }
  }
  const xdgDataHome = join(options.home, ".local", "share");
  const child = spawn("dbus-run-session", ["--", "sh", "-c", SCRIPT], {
    env: { ...process.env, HOME: options.home, XDG_DATA_HOME: xdgDataHome, KEYRING_PASSWORD: "test-keyring-password", DISPLAY: "" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const closed = new Promise<void>((resolve) => child.once("close", () => resolve()));
  const address = await new Promise<string>((resolve, reject) => {
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const match = /BUS=(\S+)\n/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    child.once("error", reject);
    child.once("close", (code) => reject(new Error(`The private Secret Service did not start (exit ${code}): ${stderr.slice(0, 500)}`)));
  });
  const env = { DBUS_SESSION_BUS_ADDRESS: address, XDG_DATA_HOME: xdgDataHome };
  return {
    env,
    lookup(service, account) {
      const result = spawnSync("secret-tool", ["lookup", "service", service, "username", account], {
        env: { ...process.env, ...env, HOME: options.home }, encoding: "utf8",
      });
      return result.status === 0 && result.stdout !== "" ? result.stdout : undefined;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.stdin.end();
      await closed;
    },
  };
}
