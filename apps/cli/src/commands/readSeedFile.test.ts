import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSeedFile } from "./readSeedFile.js";

describe(readSeedFile.name, () => {
  it("returns the normalised seed of a file holding an otpauth:// URI", async () => {
    const file = join(process.env.HOME!, "uri.seed");
    writeFileSync(file, "otpauth://totp/a@b?secret=jbswy3dpehpk3pxp\n", { mode: 0o600 });
    await expect(readSeedFile(file)).resolves.toBe("JBSWY3DPEHPK3PXP");
  });

  it("names the file and what to pass when it cannot be read", async () => {
    const file = join(process.env.HOME!, "missing.seed");
    const error = await readSeedFile(file).catch((e: unknown) => e as Error);
    expect(error).toMatchObject({ code: "CONFIG_INVALID" });
    expect((error as Error).message).toContain(`Seed file ${file}: cannot be read (ENOENT)`);
    expect((error as Error).message).toContain("device create --bootstrap-method Base32StringSeed");
  });
});
