import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserCancelledError } from "../../errors/errors.js";
import { createProvisionReport } from "./ProvisionReport.js";
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

  it("closes only once the writes in flight are whole files, and refuses every later write without a temp file", async () => {
    const outDir = join(process.env.HOME!, "provision-close");
    const store = await createProvisionStore(outDir);
    const report = createProvisionReport({ enableWithSeeds: false, path: "/", now: new Date(0) });
    const writes = [store.saveReport(report), store.writeSecret("bob.seed", "JBSWY3DPEHPK3PXP\n"), store.writeSecret("bob.png", new Uint8Array(64 * 1024))];
    await store.close();
    expect(readdirSync(outDir).sort()).toEqual(["bob.png", "bob.seed", "provision-report.json"]);
    await expect(store.writeSecret("carol.seed", "KRSXG5CTMVRXEZLU\n")).rejects.toBeInstanceOf(UserCancelledError);
    await expect(store.saveReport(report)).rejects.toBeInstanceOf(UserCancelledError);
    expect(readdirSync(outDir).sort()).toEqual(["bob.png", "bob.seed", "provision-report.json"]);
    await Promise.all(writes);
  });
});
