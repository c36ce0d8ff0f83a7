// Puts `mfa-session` on the PATH of integrated terminals when the cliPath setting names the CLI:
// a tiny launcher in the extension's storage folder, whose folder the terminals get prepended.
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface CliShim {
  binDir: string;
}

export async function writeCliShim(options: { cliPath: string; storageDir: string; platform?: NodeJS.Platform }): Promise<CliShim> {
  const binDir = join(options.storageDir, "bin");
  await mkdir(binDir, { recursive: true, mode: 0o700 });
  const isScript = /\.[cm]?js$/i.test(options.cliPath);
  if ((options.platform ?? process.platform) === "win32") {
    const line = isScript ? `@node "${options.cliPath}" %*` : `@"${options.cliPath}" %*`;
    await writeFile(join(binDir, "mfa-session.cmd"), `${line}\r\n`);
  } else {
    const quoted = `'${options.cliPath.replace(/'/g, `'\\''`)}'`;
    const path = join(binDir, "mfa-session");
    await writeFile(path, `#!/bin/sh\nexec ${isScript ? `node ${quoted}` : quoted} "$@"\n`);
    await chmod(path, 0o755);
  }
  return { binDir };
}
