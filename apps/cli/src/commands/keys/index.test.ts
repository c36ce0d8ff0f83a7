import { describe, expect, it } from "vitest";
import { loadKeysCommand } from "./index.js";
import { keysSubcommandHelp } from "./keysHelp.js";

describe(loadKeysCommand.name, () => {
  it("answers --help with the named subcommand's help, or the overview", async () => {
    const command = await loadKeysCommand();
    expect(command.getHelp!(["import", "--help"])).toBe(keysSubcommandHelp.import);
    expect(command.getHelp!(["help", "add"])).toBe(keysSubcommandHelp.add);
    expect(command.getHelp!(["--help"])).toBe(command.help);
    for (const name of ["import", "add", "list", "remove", "rotate"]) expect(command.help).toContain(`mfa-session keys ${name}`);
    expect(command.getHelp!(["rotate", "--help"])).toMatch(/^Usage: mfa-session keys rotate --profile P\n/);
  });

  it("refuses an unknown subcommand and a missing --profile", async () => {
    const command = await loadKeysCommand();
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: "/" };
    await expect(command.run(["frobnicate"], io)).rejects.toThrow(/Unknown keys subcommand "frobnicate"/);
    await expect(command.run(["import"], io)).rejects.toThrow(/keys import: give --profile P/);
    await expect(command.run(["rotate"], io)).rejects.toThrow(/keys rotate: give --profile P/);
  });
});
