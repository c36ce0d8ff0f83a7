import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createProvisionStore } from "./provisionStore.js";

describe(createProvisionStore.name, () => {
  it("removes the temp files a run killed mid-write left, and keeps every whole file", async () => {
    const outDir = join(process.env.HOME!, "provision-out");
    mkdirSync(outDir, { recursive: true, mode: 0o700 });
    writeFileSync(join(outDir, "provision-report.json"), "{}\n", { mode: 0o600 });
    writeFileSync(join(outDir, ".provision-report.json.60bf2ca5b170.tmp"), "{\"half", { mode: 0o600 });
    writeFileSync(join(outDir, ".alice.seed.0123456789ab.tmp"), "JBSW", { mode: 0o600 });
    writeFileSync(join(outDir, "alice.seed"), "JBSWY3DPEHPK3PXP\n", { mode: 0o600 });
    await createProvisionStore(outDir);
    expect(readdirSync(outDir).sort()).toEqual(["alice.seed", "provision-report.json"]);
  });
});
