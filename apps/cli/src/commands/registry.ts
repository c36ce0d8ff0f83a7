// Every command, imported on demand so `credential-process` loads only its own code.
// Helpers that add a command add one line here and a file under commands/.
import type { Command } from "../io.js";

export const commands: Record<string, () => Promise<Command>> = {
};
