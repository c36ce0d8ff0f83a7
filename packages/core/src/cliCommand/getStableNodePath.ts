// Which node binary a credential_process line should name so that it keeps working after a Node
// upgrade: the version managers install each Node in a folder named after its version and remove it
// on uninstall, but most keep a path that does not change. Pure: the file system comes injected.
//   fnm          <FNM_DIR>/node-versions/vX/installation/bin/node  ->  <FNM_DIR>/aliases/default/bin/node
//                (the per-shell fnm_multishells/... links are temporary; they resolve to the above)
//   nvm          <NVM_DIR>/versions/node/vX/bin/node  ->  <NVM_DIR>/current/bin/node (NVM_SYMLINK_CURRENT=true)
//   nvm-windows  <NVM_HOME>\vX\node.exe  ->  <NVM_SYMLINK>\node.exe (C:\Program Files\nodejs by default)
//   Homebrew     <prefix>/Cellar/node@N/X/bin/node  ->  <prefix>/opt/node@N/bin/node
//   Scoop        <scoop>\apps\nodejs\X\node.exe  ->  <scoop>\apps\nodejs\current\node.exe
//   Volta        <VOLTA_HOME>/tools/image/node/X/...: kept, Volta never removes a Node it installed
//                (its ~/.volta/bin/node shim is not used: it picks the Node a project under the
//                caller's working folder pins, which may be older than mfa-session needs)
// Any other path with a version-numbered folder (asdf, mise, nodenv, n) is kept and reported as pinned.
import { posix, win32 } from "node:path";
import type { Env } from "../config/Env.js";

export type NodeManager = "fnm" | "nvm" | "nvm-windows" | "homebrew" | "scoop" | "unknown";

export interface StableNode {
  /** The node binary to write: a path that survives upgrades when one exists, else the one given. */
  path: string;
  /** Set when `path` names one installed version that its manager removes on uninstall or upgrade. */
  pinned?: {
    manager: NodeManager;
    version: string;
    /** What keeps the line working across upgrades, in neutral words (no app's command). */
    advice: string;
  };
}

export interface StableNodeOptions {
  platform: NodeJS.Platform;
  env: Env;
  exists(path: string): boolean;
  /** The path with its links resolved, or the path itself when it cannot be resolved. */
  realpath(path: string): string;
}

const VERSION = String.raw`v?\d+\.\d+\.\d+[^\\/]*`;

export function getStableNodePath(node: string, options: StableNodeOptions): StableNode {
  const windows = options.platform === "win32";
  const path = windows ? win32 : posix;
  const real = options.realpath(node);
  const stable = (candidate: string) => options.exists(candidate);
  // Forward slashes, so that one set of patterns serves both platforms; `back` restores the separator.
  const slashed = windows ? real.replaceAll("\\", "/") : real;
  const back = (text: string) => (windows ? text.replaceAll("/", "\\") : text);
  const bin = windows ? "node.exe" : "bin/node";

  const fnm = slashed.match(new RegExp(`^(.*)/node-versions/(${VERSION})/installation/${bin}$`, windows ? "i" : ""));
  if (fnm) {
    const alias = back(`${fnm[1]}/aliases/default/${bin}`);
    if (stable(alias)) return { path: alias };
    return pinned(real, "fnm", fnm[2]!, `set a default version (\`fnm default ${fnm[2]}\`) and configure the profile again: the line then names ${alias}, which follows that default`);
  }
  if (windows) {
    const nvmHome = options.env.NVM_HOME;
    const nvmSymlink = options.env.NVM_SYMLINK;
    const inNvmHome = nvmHome !== undefined && real.toLowerCase().startsWith(`${path.normalize(nvmHome).replace(/\\$/, "").toLowerCase()}\\`);
    const version = slashed.match(new RegExp(`/(${VERSION})/node\\.exe$`, "i"))?.[1];
    if (inNvmHome || (version !== undefined && /\/nvm\//i.test(slashed))) {
      const link = nvmSymlink ? path.join(nvmSymlink, "node.exe") : undefined;
      if (link && stable(link)) return { path: link };
      return pinned(real, "nvm-windows", version ?? "?", "let nvm-windows keep its symlink (NVM_SYMLINK, C:\\Program Files\\nodejs by default) and configure the profile again: the line then names that symlink, which `nvm use` moves");
    }
    const scoop = slashed.match(new RegExp(`^(.*/apps/nodejs[^/]*)/(${VERSION})/node\\.exe$`, "i"));
    if (scoop) {
      const current = back(`${scoop[1]}/current/node.exe`);
      if (stable(current)) return { path: current };
      return pinned(real, "scoop", scoop[2]!, `run \`scoop reset nodejs\` and configure the profile again: the line then names ${current}`);
    }
  } else {
    const nvm = slashed.match(new RegExp(`^(.*)/versions/node/(${VERSION})/bin/node$`));
    if (nvm) {
      const current = `${nvm[1]}/current/bin/node`;
      if (stable(current)) return { path: current };
      return pinned(real, "nvm", nvm[2]!, `install mfa-session with \`npm install --global mfa-session\` and configure the profile with it (the line then runs mfa-session from PATH), or set NVM_SYMLINK_CURRENT=true so that nvm keeps ${nvm[1]}/current, run \`nvm use ${nvm[2]}\` and configure the profile again`);
    }
    const brew = slashed.match(new RegExp(`^(.*)/Cellar/(node(?:@\\d+)?)/(${VERSION}|\\d[^/]*)/bin/node$`));
    if (brew) {
      const opt = `${brew[1]}/opt/${brew[2]}/bin/node`;
      if (stable(opt)) return { path: opt };
      return pinned(real, "homebrew", brew[3]!, `run \`brew link ${brew[2]}\` and configure the profile again: the line then names ${opt}`);
    }
  }
  if (/\/tools\/image\/node\//.test(slashed)) return { path: node };
  const version = slashed.match(new RegExp(`/(${VERSION})/`))?.[1];
  if (version !== undefined) {
    return pinned(real, "unknown", version, "configure the profile again after removing that version, or run mfa-session with a Node.js whose path stays the same across upgrades");
  }
  return { path: node };
}

function pinned(path: string, manager: NodeManager, version: string, advice: string): StableNode {
  return { path, pinned: { manager, version, advice } };
}
