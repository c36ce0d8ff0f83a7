import { describe, expect, it } from "vitest";
import { getStableNodePath, type StableNodeOptions } from "./getStableNodePath.js";

/** A file system of `files` (links: name -> target), on `platform`. */
function system(platform: NodeJS.Platform, files: string[], links: Record<string, string> = {}, env: StableNodeOptions["env"] = {}): StableNodeOptions {
  return { platform, env, exists: (path) => files.includes(path) || path in links, realpath: (path) => links[path] ?? path };
}

describe(getStableNodePath.name, () => {
  it("names fnm's default alias instead of a version folder, also when node ran through a per-shell fnm_multishells link", () => {
    const real = "/home/a/.local/share/fnm/node-versions/v20.11.0/installation/bin/node";
    const alias = "/home/a/.local/share/fnm/aliases/default/bin/node";
    const fs = system("linux", [real, alias], { "/run/user/1000/fnm_multishells/4242_1700000000000/bin/node": real });
    expect(getStableNodePath(real, fs)).toEqual({ path: alias });
    expect(getStableNodePath("/run/user/1000/fnm_multishells/4242_1700000000000/bin/node", fs)).toEqual({ path: alias });
  });

  it("reports fnm's version as pinned when no default alias exists, saying how to set one", () => {
    const real = "/home/a/.local/share/fnm/node-versions/v22.3.0/installation/bin/node";
    expect(getStableNodePath(real, system("darwin", [real]))).toEqual({
      path: real,
      pinned: { manager: "fnm", version: "v22.3.0", advice: expect.stringContaining("fnm default v22.3.0") },
    });
  });

  it("names nvm's current link when nvm keeps one (NVM_SYMLINK_CURRENT), else reports the version as pinned", () => {
    const real = "/home/a/.nvm/versions/node/v20.11.0/bin/node";
    expect(getStableNodePath(real, system("linux", [real, "/home/a/.nvm/current/bin/node"]))).toEqual({ path: "/home/a/.nvm/current/bin/node" });
    const pinned = getStableNodePath(real, system("linux", [real]));
    expect(pinned).toMatchObject({ path: real, pinned: { manager: "nvm", version: "v20.11.0" } });
    expect(pinned.pinned?.advice).toMatch(/npm install --global mfa-session.*NVM_SYMLINK_CURRENT=true/);
  });

  it("names Homebrew's opt link instead of a Cellar version that brew upgrade removes", () => {
    const real = "/opt/homebrew/Cellar/node@22/22.4.1_1/bin/node";
    expect(getStableNodePath(real, system("darwin", [real, "/opt/homebrew/opt/node@22/bin/node"]))).toEqual({ path: "/opt/homebrew/opt/node@22/bin/node" });
  });

  it("keeps Volta's Node image (Volta never removes one), and any path without a version as given", () => {
    const volta = "/home/a/.volta/tools/image/node/20.11.0/bin/node";
    expect(getStableNodePath(volta, system("linux", [volta]))).toEqual({ path: volta });
    expect(getStableNodePath("/usr/local/bin/node", system("linux", [], { "/usr/local/bin/node": "/usr/local/lib/nodejs/node" }))).toEqual({ path: "/usr/local/bin/node" });
  });

  it("reports another version-numbered folder (asdf, mise, nodenv) as pinned", () => {
    const asdf = "/home/a/.asdf/installs/nodejs/20.11.0/bin/node";
    expect(getStableNodePath(asdf, system("linux", [asdf]))).toMatchObject({ path: asdf, pinned: { manager: "unknown", version: "20.11.0" } });
  });

  describe("on Windows", () => {
    it("names nvm-windows' symlink (NVM_SYMLINK) instead of the version folder under NVM_HOME", () => {
      const env = { NVM_HOME: "C:\\Users\\a\\AppData\\Roaming\\nvm", NVM_SYMLINK: "C:\\Program Files\\nodejs" };
      const real = "C:\\Users\\a\\AppData\\Roaming\\nvm\\v20.11.0\\node.exe";
      const link = "C:\\Program Files\\nodejs\\node.exe";
      expect(getStableNodePath(real, system("win32", [real], { [link]: real }, env))).toEqual({ path: link });
      expect(getStableNodePath(link, system("win32", [real], { [link]: real }, env))).toEqual({ path: link });
      expect(getStableNodePath(real, system("win32", [real], {}, { NVM_HOME: env.NVM_HOME }))).toMatchObject({ pinned: { manager: "nvm-windows", version: "v20.11.0" } });
    });

    it("names fnm's default alias instead of a version folder or a temporary fnm_multishells junction", () => {
      const real = "C:\\Users\\a\\AppData\\Roaming\\fnm\\node-versions\\v20.11.0\\installation\\node.exe";
      const alias = "C:\\Users\\a\\AppData\\Roaming\\fnm\\aliases\\default\\node.exe";
      const multishell = "C:\\Users\\a\\AppData\\Local\\fnm_multishells\\3868_1711396232893\\node.exe";
      const fs = system("win32", [real, alias], { [multishell]: real });
      expect(getStableNodePath(multishell, fs)).toEqual({ path: alias });
      expect(getStableNodePath(real, system("win32", [real]))).toMatchObject({ path: real, pinned: { manager: "fnm", version: "v20.11.0" } });
    });

    it("names Scoop's current junction, and keeps the installer's C:\\Program Files\\nodejs as it is", () => {
      const real = "C:\\Users\\a\\scoop\\apps\\nodejs-lts\\20.11.0\\node.exe";
      const current = "C:\\Users\\a\\scoop\\apps\\nodejs-lts\\current\\node.exe";
      expect(getStableNodePath(current, system("win32", [real, current], { [current]: real }))).toEqual({ path: current });
      expect(getStableNodePath("C:\\Program Files\\nodejs\\node.exe", system("win32", []))).toEqual({ path: "C:\\Program Files\\nodejs\\node.exe" });
    });
  });
});
