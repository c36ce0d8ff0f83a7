import { describe, expect, it } from "vitest";
import { getDemoEnv } from "./getDemoEnv.js";

const files = { home: "H", configFile: "H/c", credentialsFile: "H/k", cacheDir: "H/cache", endpoint: "http://127.0.0.1:1" };

describe(getDemoEnv.name, () => {
  it("gives children only the throw-away config and the sandbox on POSIX, nothing of the caller's AWS set-up", () => {
    const env = getDemoEnv({ PATH: "/bin", TERM: "xterm", AWS_PROFILE: "prod", AWS_ACCESS_KEY_ID: "AKIAREAL", SystemRoot: "x" }, { ...files, platform: "linux" });
    expect(env).toEqual({
      PATH: "/bin", LANG: "C.UTF-8", TERM: "xterm", HOME: "H", AWS_CONFIG_FILE: "H/c", AWS_SHARED_CREDENTIALS_FILE: "H/k",
      MFA_SESSION_CACHE_DIR: "H/cache", AWS_ENDPOINT_URL: "http://127.0.0.1:1", AWS_REGION: "us-east-1",
      AWS_EC2_METADATA_DISABLED: "true", AWS_PAGER: "", PYTHONWARNINGS: "ignore",
    });
  });

  it("keeps what Windows programs need to start (cmd.exe, Python, node.exe) and points USERPROFILE at the demo's home", () => {
    const base = {
      Path: "C:\\Windows\\system32;C:\\Program Files\\Amazon\\AWSCLIV2", SystemRoot: "C:\\Windows", windir: "C:\\Windows", SystemDrive: "C:",
      ComSpec: "C:\\Windows\\system32\\cmd.exe", PATHEXT: ".COM;.EXE;.BAT;.CMD", TEMP: "C:\\Temp", TMP: "C:\\Temp",
      APPDATA: "C:\\Users\\me\\AppData\\Roaming", LOCALAPPDATA: "C:\\Users\\me\\AppData\\Local", USERPROFILE: "C:\\Users\\me",
      AWS_PROFILE: "prod",
    };
    const env = getDemoEnv(base, { ...files, platform: "win32" });
    expect(env).toMatchObject({
      PATH: base.Path, SystemRoot: "C:\\Windows", WINDIR: "C:\\Windows", SystemDrive: "C:", ComSpec: base.ComSpec, PATHEXT: base.PATHEXT,
      TEMP: "C:\\Temp", TMP: "C:\\Temp", APPDATA: base.APPDATA, LOCALAPPDATA: base.LOCALAPPDATA, USERPROFILE: "H", HOME: "H",
    });
    expect(env).not.toHaveProperty("AWS_PROFILE");
    expect(env).not.toHaveProperty("Path");
  });
});
