import { describe, expect, it } from "vitest";
import { createTerminalRunner } from "./createTerminalRunner.js";

function fakeWindow() {
  const terminals: Array<{ name: string; sent: string[]; shown: number; exitStatus?: { code: number } }> = [];
  return {
    terminals,
    window: {
      createTerminal(options: { name: string }) {
        const terminal = { name: options.name, sent: [] as string[], shown: 0, exitStatus: undefined as { code: number } | undefined, show() { terminal.shown += 1; }, sendText(text: string) { terminal.sent.push(text); } };
        terminals.push(terminal);
        return terminal;
      },
    },
  };
}

describe(createTerminalRunner.name, () => {
  it("sends each line to one MFA Session terminal, shown, and opens a new one after it was closed", () => {
    const fake = fakeWindow();
    const run = createTerminalRunner(fake.window as never);
    run("mfa-session keys import");
    run("aws sts get-caller-identity --profile work");
    expect(fake.terminals.map((terminal) => [terminal.name, terminal.sent, terminal.shown])).toEqual([
      ["MFA Session", ["mfa-session keys import", "aws sts get-caller-identity --profile work"], 2],
    ]);
    fake.terminals[0]!.exitStatus = { code: 0 };
    run("aws configure --profile work-keys");
    expect(fake.terminals.map((terminal) => terminal.sent)).toEqual([
      ["mfa-session keys import", "aws sts get-caller-identity --profile work"],
      ["aws configure --profile work-keys"],
    ]);
  });
});
