import { describe, expect, it } from "vitest";
import type { FileSystemProbe } from "../platform/findWindowsDrive.js";
import { getStateDir } from "./getStateDir.js";

const MOUNTS = "/dev/sdc / ext4 rw 0 0\nC:\\134 /mnt/c 9p rw,aname=drvfs;path=C:\\ 0 0\nD: /mnt/d drvfs rw 0 0\n";

/** WSL: `links` are symbolic links, every other path named in `existing` exists as itself. */
function wsl(links: Record<string, string>, existing: string[] = ["/", "/home", "/home/me"]): FileSystemProbe {
  return {
    readFile: (path) => ({ "/proc/sys/kernel/osrelease": "4.4.0-19041-Microsoft\n", "/proc/mounts": MOUNTS })[path],
    realpath: (path) => links[path] ?? (existing.includes(path) ? path : undefined),
  };
}

describe(getStateDir.name, () => {
  const platform = "linux";

  it("is ~/.aws/mfa-session on a Linux file system, with nothing to say", () => {
    expect(getStateDir({ homedir: "/home/me", env: {}, platform, probe: wsl({}) })).toEqual({ dir: "/home/me/.aws/mfa-session" });
  });

  it("moves to ~/.cache/mfa-session when ~/.aws is on a Windows drive, and says why", () => {
    const state = getStateDir({ homedir: "/home/me", env: {}, platform, probe: wsl({ "/home/me/.aws": "/mnt/c/Users/me/.aws" }) });
    expect(state.dir).toBe("/home/me/.cache/mfa-session");
    expect(state.note).toBe(
      "/home/me/.aws/mfa-session is on the Windows drive /mnt/c, where WSL cannot keep files private (chmod has no effect there), " +
        "so mfa-session keeps its session cache and prompt files in /home/me/.cache/mfa-session on the Linux side.",
    );
  });

  it("prefers XDG_CACHE_HOME, and skips a candidate that is on a drive too", () => {
    const probe = wsl({ "/home/me/.aws": "/mnt/c/Users/me/.aws", "/home/me/.cache": "/mnt/d/cache" });
    expect(getStateDir({ homedir: "/home/me", env: { XDG_CACHE_HOME: "/home/me/xdg" }, platform, probe }).dir).toBe("/home/me/xdg/mfa-session");
    expect(getStateDir({ homedir: "/home/me", env: { XDG_RUNTIME_DIR: "/run/user/1000" }, platform, probe }).dir).toBe("/run/user/1000/mfa-session");
  });

  it("keeps ~/.aws/mfa-session when the whole home is on a drive and no runtime folder is known", () => {
    const state = getStateDir({ homedir: "/mnt/c/Users/me", env: { XDG_CACHE_HOME: "relative" }, platform, probe: wsl({}, ["/", "/mnt", "/mnt/c"]) });
    expect(state).toEqual({ dir: "/mnt/c/Users/me/.aws/mfa-session" });
  });

  it("never moves outside WSL", () => {
    const probe = { ...wsl({ "/home/me/.aws": "/mnt/c/Users/me/.aws" }), readFile: () => undefined };
    expect(getStateDir({ homedir: "/home/me", env: {}, platform, probe }).dir).toBe("/home/me/.aws/mfa-session");
    expect(getStateDir({ homedir: "/Users/me", env: { WSL_DISTRO_NAME: "x" }, platform: "darwin", probe }).dir).toBe("/Users/me/.aws/mfa-session");
  });
});
