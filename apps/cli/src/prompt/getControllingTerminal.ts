// Where the person's terminal is on each platform, and which signals end a prompt on it. Pure.
// On both, stdin and stdout may be the caller's pipes (the AWS CLI captures stdout), so the prompt
// opens the terminal itself: /dev/tty on POSIX, the console's input and output buffers on Windows.

export interface TerminalDevice {
  path: string;
  flags: "r" | "w" | "r+";
}

export interface ControllingTerminal {
  input: TerminalDevice;
  output: TerminalDevice;
  /** Signals that stop the prompt: it restores the terminal and cancels instead of dying in raw mode. */
  stopSignals: readonly NodeJS.Signals[];
}

export function getControllingTerminal(platform: NodeJS.Platform): ControllingTerminal {
  if (platform === "win32") {
    return {
      // The device-namespace form: Node resolves a bare CONIN$ like a file name in the current folder.
      // Read and write on the input buffer: raw mode (SetConsoleMode) fails with EPERM on a read-only handle.
      input: { path: "\\\\.\\CONIN$", flags: "r+" },
      output: { path: "\\\\.\\CONOUT$", flags: "r+" },
      // Ctrl-C reaches a raw console as a key, but as SIGINT where the console still processes it
      // (Wine does); Ctrl-Break is SIGBREAK; closing the console window is SIGHUP. SIGTERM never arrives.
      stopSignals: ["SIGINT", "SIGBREAK", "SIGHUP"],
    };
  }
  return {
    input: { path: "/dev/tty", flags: "r" },
    output: { path: "/dev/tty", flags: "w" },
    stopSignals: ["SIGTERM", "SIGHUP", "SIGINT"],
  };
}
