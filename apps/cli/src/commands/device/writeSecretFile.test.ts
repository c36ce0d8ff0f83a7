import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertWritable, writeSecretFile } from "./writeSecretFile.js";

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

describe(assertWritable.name, () => {
  it("accepts a new file in an existing folder, and an existing file with force", async () => {
    const dir = mkdtempSync(join(tmpdir(), "secret-"));
    await assertWritable(join(dir, "seed.txt"));
    writeFileSync(join(dir, "seed.txt"), "old");
    await assertWritable(join(dir, "seed.txt"), { force: true });
    expect(readdirSync(dir)).toEqual(["seed.txt"]);
  });

  it("refuses, saying what to do, every outfile writeSecretFile could not write", async () => {
    const dir = mkdtempSync(join(tmpdir(), "secret-"));
    writeFileSync(join(dir, "a-file"), "x");
    mkdirSync(join(dir, "a-folder"));
    await expect(assertWritable(join(dir, "missing", "seed.txt"))).rejects.toThrow(`The folder ${join(dir, "missing")} does not exist: create it, or choose another --outfile.`);
    await expect(assertWritable(join(dir, "a-file", "seed.txt"))).rejects.toThrow(`${join(dir, "a-file")} is not a folder: choose another --outfile.`);
    await expect(assertWritable(join(dir, "a-folder"), { force: true })).rejects.toThrow(`${join(dir, "a-folder")} is a folder: choose another --outfile.`);
    await expect(assertWritable(join(dir, "a-file"))).rejects.toMatchObject({ code: "FILE_EXISTS" });
    expect(readdirSync(dir).sort()).toEqual(["a-file", "a-folder"]);
  });
});
