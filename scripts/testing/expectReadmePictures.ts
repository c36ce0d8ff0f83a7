// Shared by the package tests of the CLI tarball and the .vsix: a package README's pictures are
// absolute links into the repository's docs/images (vsce and npm render a relative link against the
// repository root, not the package folder), and each one exists and stays small.
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const repo = fileURLToPath(new URL("../..", import.meta.url));
export const README_IMAGE_BASE = "https://raw.githubusercontent.com/mfa-session/mfa-session/HEAD/";

export function expectReadmePictures(readme: string): void {
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  expect(images.length).toBeGreaterThanOrEqual(1);
  for (const url of images) {
    expect(url.startsWith(`${README_IMAGE_BASE}docs/images/`), url).toBe(true);
    const file = join(repo, url.slice(README_IMAGE_BASE.length));
    expect(existsSync(file), file).toBe(true);
    expect(statSync(file).size).toBeLessThan(150_000);
  }
}
