// Declares the top-level usage and dispatches to a lazily imported command.
import { UsageError } from "@mfa-session/core";
import { commands } from "./commands/registry.js";
import { EXIT_OK, type CliIo } from "./io.js";

/** Set by build.mjs from package.json, the one place the version is written. */
declare const __MFA_SESSION_VERSION__: string | undefined;
/** The built CLI's version; the source run by tests has none of its own. */
export const VERSION = typeof __MFA_SESSION_VERSION__ === "string" ? __MFA_SESSION_VERSION__ : "0.0.0-source";

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    if (name === "help" && rest[0] && commands[rest[0]]) {
      const command = await commands[rest[0]]!();
      io.stdout.write(command.getHelp?.(rest.slice(1)) ?? command.help);
      return EXIT_OK;
    }
    io.stdout.write(await formatUsage());
    return EXIT_OK;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${VERSION}\n`);
    return EXIT_OK;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) throw new UsageError(`Unknown command "${name}". Run \`mfa-session --help\` to see the commands.`);
  const command = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    const dashDash = rest.indexOf("--");
    const helpIndex = Math.max(rest.indexOf("--help"), rest.indexOf("-h"));
    if (dashDash === -1 || helpIndex < dashDash) {
      io.stdout.write(command.getHelp?.(rest) ?? command.help);
      return EXIT_OK;
    }
  }
  return command.run(rest, io);
}

async function formatUsage(): Promise<string> {
  const lines = ["mfa-session: AWS MFA sessions for every tool", "", "Usage: mfa-session <command> [options]", "", "Commands:"];
  for (const [name, load] of Object.entries(commands)) {
    lines.push(`  ${name.padEnd(20)} ${(await load()).summary}`);
  }
  lines.push("", "Run `mfa-session <command> --help` for a command's options and examples.", "");
  return lines.join("\n");
}
