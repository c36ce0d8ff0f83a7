import { MfaSessionError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { createFakeWindow } from "../../test/fakeVscode.js";
import { createFindCliCommand } from "./createFindCliCommand.js";

function setup(resolveCli: () => Promise<{ words: string[]; warnings: string[] }>) {
  const fake = createFakeWindow();
  const terminal: string[] = [];
  const executed: unknown[][] = [];
  const command = createFindCliCommand({
    window: fake.window as never,
    resolveCli,
    runInTerminal: (line) => void terminal.push(line),
    executeCommand: async (...args: unknown[]) => void executed.push(args),
  });
  return { fake, terminal, executed, command };
}

describe(createFindCliCommand.name, () => {
  it("says how credential_process will start the CLI it found, with the warnings that come with it", async () => {
    const { fake, command } = setup(async () => ({ words: ["/usr/bin/node", "/opt/mfa-session/cli.mjs"], warnings: ["a pinned Node"] }));
    expect(await command.run()).toEqual({ found: true, words: ["/usr/bin/node", "/opt/mfa-session/cli.mjs"] });
    expect(fake.messages).toEqual([
      { level: "info", message: "MFA Session: found the mfa-session CLI; credential_process will start it as `/usr/bin/node /opt/mfa-session/cli.mjs`. a pinned Node", items: [], modal: false },
    ]);
  });

  it("offers to install it with npm in a terminal when it cannot be found", async () => {
    const { fake, terminal, command } = setup(async () => Promise.reject(new MfaSessionError("mfa-session was not found in any folder on PATH", "CLI_NOT_FOUND")));
    fake.clickNext("Install with npm");
    expect(await command.run()).toEqual({ found: false });
    expect(fake.messages[0]).toMatchObject({ level: "warning", message: "MFA Session: mfa-session was not found in any folder on PATH", items: ["Install with npm", "Set its path"] });
    expect(terminal).toEqual(["npm install --global mfa-session"]);
  });

  it("opens the cliPath setting when the person has the CLI somewhere else", async () => {
    const { fake, executed, terminal, command } = setup(async () => Promise.reject(new Error("not found")));
    fake.clickNext("Set its path");
    await command.run();
    expect(executed).toEqual([["workbench.action.openSettings", "mfaSession.cliPath"]]);
    expect(terminal).toEqual([]);
  });
});
