import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeSecretFile } from "./writeSecretFile.js";

describe(writeSecretFile.name, () => {
  it("writes a 0600 file and leaves no temp file behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "secret-"));
    await writeSecretFile(join(dir, "seed.txt"), "SEED\n");
    expect(readFileSync(join(dir, "seed.txt"), "utf8")).toBe("SEED\n");
    expect(statSync(join(dir, "seed.txt")).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(["seed.txt"]);
  });

  it("never replaces an existing file unless forced", async () => {
    const dir = mkdtempSync(join(tmpdir(), "secret-"));
    const path = join(dir, "qr.png");
    writeFileSync(path, "old", { mode: 0o644 });
    await expect(writeSecretFile(path, "new")).rejects.toMatchObject({ code: "FILE_EXISTS" });
    expect(readFileSync(path, "utf8")).toBe("old");
    await writeSecretFile(path, "new", { force: true });
    expect(readFileSync(path, "utf8")).toBe("new");
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(["qr.png"]);
  });
});
