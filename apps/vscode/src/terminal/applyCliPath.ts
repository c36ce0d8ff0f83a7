// Keeps integrated terminals' PATH in line with the cliPath setting (a launcher named mfa-session).
import type { Logger } from "@mfa-session/core";
import { delimiter } from "node:path";
import type * as vscode from "vscode";
import { writeCliShim } from "./writeCliShim.js";

export interface ApplyCliPathOptions {
  cliPath: string | undefined;
  storageDir: string;
  environment: Pick<vscode.EnvironmentVariableCollection, "prepend" | "delete">;
  logger: Logger;
}

export async function applyCliPath(options: ApplyCliPathOptions): Promise<void> {
  if (!options.cliPath) {
    options.environment.delete("PATH");
    return;
  }
  try {
    const { binDir } = await writeCliShim({ cliPath: options.cliPath, storageDir: options.storageDir });
    options.environment.prepend("PATH", `${binDir}${delimiter}`);
    options.logger.info(`Terminals get mfa-session (${options.cliPath}) on their PATH.`);
  } catch (error) {
    options.logger.warn(`Could not put mfa-session on the terminals' PATH: ${(error as Error).message}`);
  }
}
