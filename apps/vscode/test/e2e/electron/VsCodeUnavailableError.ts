// No VS Code to run the extension-host suite in: VSCODE_EXECUTABLE names none that runs, and none
// could be downloaded. The electron lane's boundary (electronLane.ts) prints it and exits 69.
export class VsCodeUnavailableError extends Error {
  readonly code = "VSCODE_UNAVAILABLE";

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "VsCodeUnavailableError";
  }
}
