// Runs getOwnerOnlyAclCommand (Windows): the one place mfa-session changes a folder's ACL.
import type { Env } from "../config/Env.js";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { getOwnerOnlyAclCommand } from "./getOwnerOnlyAclCommand.js";
import { loadChildProcess } from "./loadBuiltin.js";

/** Runs `file` with `args` (no shell); rejects with what it printed when it fails. */
export type RunFile = (file: string, args: readonly string[]) => Promise<void>;

export interface RestrictFolderOptions {
  env: Env;
  /** Default: execFile, hidden window, 30 s. */
  run?: RunFile;
}

export async function restrictFolderToOwner(dir: string, { env, run = runFile }: RestrictFolderOptions): Promise<void> {
  const { file, args } = getOwnerOnlyAclCommand(dir, env);
  try {
    await run(file, args);
  } catch (error) {
    throw new MfaSessionError(
      `Could not make the folder ${dir} private to you (icacls: ${describeFailure(error)}), so mfa-session will not keep credentials there. ` +
        `Point MFA_SESSION_CACHE_DIR at a folder inside your user profile, or create the folder yourself and limit it to your account: ` +
        `icacls "${dir}" /inheritance:r /grant:r "${args[3]}"`,
      "CACHE_UNSAFE",
      { cause: error },
    );
  }
}

function runFile(file: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    loadChildProcess().execFile(file, args, { windowsHide: true, timeout: 30_000, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error === null) resolve();
      else reject(Object.assign(error, { stderr, stdout }));
    });
  });
}

/**
 * The first line icacls wrote to stderr (the account or path problem), else to stdout, else the error's
 * own words. icacls prints paths, account names and counts: never a secret.
 */
function describeFailure(error: unknown): string {
  const firstLine = (name: "stderr" | "stdout") => {
    const output = typeof error === "object" && error !== null && name in error ? String((error as Record<string, unknown>)[name]) : "";
    return output.split(/\r?\n/).map((line) => line.trim()).find(Boolean);
  };
  const text = (firstLine("stderr") ?? firstLine("stdout") ?? (error instanceof Error ? error.message : String(error))).replace(/\.$/, "");
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
