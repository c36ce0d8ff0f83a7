import { describe, expect, it } from "vitest";
import { getControllingTerminal } from "./getControllingTerminal.js";

describe(getControllingTerminal.name, () => {
  it("opens /dev/tty on Linux and macOS", () => {
    for (const platform of ["linux", "darwin"] as const) {
      const terminal = getControllingTerminal(platform);
      expect([terminal.input, terminal.output]).toEqual([{ path: "/dev/tty", flags: "r" }, { path: "/dev/tty", flags: "w" }]);
    }
  });

  it("opens the Windows console's input and output buffers by their device names, the input writable for raw mode", () => {
    const terminal = getControllingTerminal("win32");
    expect(terminal.input).toEqual({ path: "\\\\.\\CONIN$", flags: "r+" });
    expect(terminal.output).toEqual({ path: "\\\\.\\CONOUT$", flags: "r+" });
  });

  it("stops the prompt on Ctrl-C as a signal everywhere, on Ctrl-Break on Windows and on SIGTERM elsewhere", () => {
    expect(getControllingTerminal("win32").stopSignals).toEqual(["SIGINT", "SIGBREAK", "SIGHUP"]);
    expect(getControllingTerminal("linux").stopSignals).toEqual(["SIGTERM", "SIGHUP", "SIGINT"]);
  });
});
