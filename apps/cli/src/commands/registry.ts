// Every command, imported on demand so `credential-process` loads only its own code.
// Helpers that add a command add one line here and a file under commands/.
import type { Command } from "../io.js";

export const commands: Record<string, () => Promise<Command>> = {
  "credential-process": async () => (await import("./credentialProcess.js")).credentialProcessCommand,
  login: async () => (await import("./login.js")).loginCommand,
  status: async () => (await import("./status.js")).statusCommand,
  logout: async () => (await import("./logout.js")).logoutCommand,
  export: async () => (await import("./export.js")).exportCommand,
  exec: async () => (await import("./exec.js")).execCommand,
  configure: async () => (await import("./configure.js")).configureCommand,
  totp: async () => (await import("./totp.js")).totpCommand,
  sandbox: () => import("./sandbox.js").then((m) => m.sandboxCommand),
  device: () => import("./device/index.js").then((m) => m.deviceCommand),
  demo: () => import("./demo.js").then((m) => m.demoCommand),
  keys: () => import("./keys/index.js").then((m) => m.loadKeysCommand()),
};
