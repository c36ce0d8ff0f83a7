// Multi-process tests run real `node` processes on core's TypeScript sources: this transpiles src/
// (tests excluded) into packages/core/.tmp/ once per test file, so children never run a stale dist/.
// Children resolve @aws-sdk/* from packages/core/node_modules as dist/ would.
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export interface CompiledCoreSources {
  /** The folder that mirrors src/ as JavaScript. */
  dir: string;
  /** Absolute path of the compiled file for a path relative to src/ ("testing/cacheRaceWorker.ts"). */
  resolve(srcRelativePath: string): string;
  cleanup(): Promise<void>;
}

const srcDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const packageDir = join(srcDir, "..");

export async function compileCoreSources(): Promise<CompiledCoreSources> {
  const ts = (await import("typescript")).default;
  const dir = join(packageDir, ".tmp", `compiled-${randomBytes(6).toString("hex")}`);
  const files = await listSources(srcDir);
  await Promise.all(
    files.map(async (file) => {
      const source = await fs.readFile(file, "utf8");
      const output = ts.transpileModule(source, {
        fileName: file,
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
      }).outputText;
      const target = join(dir, relative(srcDir, file)).replace(/\.ts$/, ".js");
      await fs.mkdir(dirname(target), { recursive: true });
      await fs.writeFile(target, output);
    }),
  );
  return {
    dir,
    resolve: (srcRelativePath) => join(dir, srcRelativePath.replace(/\.ts$/, ".js")),
    cleanup: () => fs.rm(dir, { recursive: true, force: true }),
  };
}

async function listSources(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && !entry.name.endsWith(".d.ts"))
    .map((entry) => join(entry.parentPath, entry.name));
}
