// What a user installs: scripts/packageVsix.mjs builds the .vsix into a temp folder, and this test
// reads it back. The file list must be exactly what ships (no tests, source maps or leftovers), and
// the manifest, README, CHANGELOG, licence and icon inside must be the release's own.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectReadmePictures } from "../../../scripts/testing/expectReadmePictures.js";
import { readZip, type ZipEntry } from "./readZip.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const repo = join(root, "..", "..");
const source = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string; icon: string };
/** README images are absolute (vsce and the Marketplace need https); this is where they live in the repository. */

let dir: string;
let entries: ZipEntry[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mfa-session-vsix-"));
  const vsix = join(dir, "mfa-session-vscode.vsix");
  execFileSync(process.execPath, [join(root, "scripts", "packageVsix.mjs"), vsix], { cwd: root, stdio: "pipe", timeout: 120_000 });
  entries = readZip(readFileSync(vsix));
}, 150_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function text(name: string): string {
  const entry = entries.find((e) => e.name === name);
  if (!entry) throw new Error(`${name} is not in the .vsix`);
  return entry.read().toString("utf8");
}

describe("scripts/packageVsix.mjs", () => {
  it("ships exactly the extension's files: bundle, lazily loaded AWS SDK files, manifest, README, CHANGELOG, licence, icon", () => {
    // The AWS SDK files are the ones the bundle requires, no more and no fewer.
    const bundle = text("extension/dist/extension.js");
    const sdkFiles = [...new Set([...bundle.matchAll(/require\("\.\/(aws-sdk\/[\w.-]+\.js)"\)/g)].map((m) => `extension/dist/${m[1]}`))];
    expect(sdkFiles).toContain("extension/dist/aws-sdk/aws-sdk__client-sts.js");
    // The OS keychain module (build.mjs's copyKeyring): its loader and this platform's prebuilt binary.
    const keyringBinaries = entries.map((e) => e.name).filter((name) => /^extension\/dist\/keyring\/keyring\.[\w-]+\.node$/.test(name));
    expect(keyringBinaries).toContain(`extension/dist/keyring/keyring.${process.platform}-${process.arch}${process.platform === "linux" ? "-gnu" : process.platform === "win32" ? "-msvc" : ""}.node`);
    expect(entries.map((e) => e.name).sort()).toEqual([
      "[Content_Types].xml",
      "extension.vsixmanifest",
      "extension/LICENSE.txt",
      "extension/changelog.md",
      "extension/dist/extension.js",
      ...sdkFiles,
      "extension/dist/keyring/index.js",
      "extension/dist/keyring/LICENSE",
      ...keyringBinaries,
      "extension/media/icon.png",
      "extension/media/view-icon.svg",
      ...["cli", "keys", "device", "profile", "try"].map((step) => `extension/media/walkthrough/${step}.md`),
      "extension/package.json",
      "extension/readme.md",
    ].sort());
  });

  it("holds every file the manifest's contributions name (view icons, walkthrough media)", () => {
    const manifest = JSON.parse(text("extension/package.json"));
    const named = new Set<string>();
    JSON.stringify(manifest.contributes, (_key, value: unknown) => (typeof value === "string" && /^media\//.test(value) && named.add(value), value));
    expect(named.size).toBeGreaterThanOrEqual(6);
    for (const file of named) expect(entries.map((e) => e.name), file).toContain(`extension/${file}`);
  });

  it("carries the version, icon and repository in package.json and the gallery manifest, and no build-time fields", () => {
    const manifest = JSON.parse(text("extension/package.json"));
    expect(manifest).toMatchObject({
      name: "mfa-session-vscode",
      version: source.version,
      license: "MIT",
      icon: "media/icon.png",
      repository: { type: "git", url: "https://github.com/mfa-session/mfa-session.git" },
      bugs: { url: "https://github.com/mfa-session/mfa-session/issues" },
    });
    for (const field of ["scripts", "devDependencies", "dependencies", "private"]) expect(manifest).not.toHaveProperty(field);
    const gallery = text("extension.vsixmanifest");
    expect(gallery).toContain(`Id="mfa-session-vscode" Version="${source.version}"`);
    expect(gallery).toContain("<Icon>extension/media/icon.png</Icon>");
    expect(gallery).toContain('<Property Id="Microsoft.VisualStudio.Services.Links.Source" Value="https://github.com/mfa-session/mfa-session.git" />');
    expect(gallery).toContain("<License>extension/LICENSE.txt</License>");
  });

  it("has the same version as the CLI it works with", () => {
    const cli = JSON.parse(readFileSync(join(repo, "apps", "cli", "package.json"), "utf8"));
    expect(JSON.parse(text("extension/package.json")).version).toBe(cli.version);
  });

  it("ships a square PNG icon of 128 or 256 pixels", () => {
    const icon = entries.find((e) => e.name === "extension/media/icon.png")!.read();
    expect(icon.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const [width, height] = [icon.readUInt32BE(16), icon.readUInt32BE(20)];
    expect(width).toBe(height);
    expect([128, 256]).toContain(width);
  });

  it("ships a CHANGELOG with this version and the repository's MIT licence", () => {
    expect(text("extension/changelog.md")).toContain(`\n## ${source.version}\n`);
    const licence = text("extension/LICENSE.txt");
    expect(licence).toBe(readFileSync(join(repo, "LICENSE"), "utf8"));
    expect(licence).toMatch(/^MIT License\n/);
  });

  it("ships a README whose pictures are https images in the repository's docs/images, each under 150 KB", () => {
    const readme = text("extension/readme.md");
    expectReadmePictures(readme);
  });
});
