import { mkdirSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSharedConfigSync } from "./sharedConfigStore.js";

describe(readSharedConfigSync.name, () => {
  it("reads ~/.aws/config and ~/.aws/credentials from the given home folder", async () => {
    const home = await mkdtemp(join(process.env.HOME ?? tmpdir(), "store-"));
    mkdirSync(join(home, ".aws"));
    writeFileSync(join(home, ".aws", "config"), "[profile work]\nregion = eu-west-1\n");
    writeFileSync(join(home, ".aws", "credentials"), "[work]\naws_access_key_id = AKIDWORK\n");
    const config = readSharedConfigSync({ env: {}, homedir: home });
    expect({ ...config.profiles.work }).toEqual({ region: "eu-west-1", aws_access_key_id: "AKIDWORK" });
    expect(config.files?.configFile).toBe(join(home, ".aws", "config"));
  });

  it("follows AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE", async () => {
    const read: string[] = [];
    const readFile = (path: string) => {
      read.push(path);
      return path.endsWith("cfg") ? "[default]\nregion = ap-south-1\n" : "";
    };
    const config = readSharedConfigSync({ env: { AWS_CONFIG_FILE: "/x/cfg", AWS_SHARED_CREDENTIALS_FILE: "/x/creds" }, homedir: "/h", readFile });
    expect(read.sort()).toEqual(["/x/cfg", "/x/creds"]);
    expect(config.profiles.default?.region).toBe("ap-south-1");
  });

  it("treats missing files as empty", async () => {
    const home = await mkdtemp(join(process.env.HOME ?? tmpdir(), "store-"));
    const config = readSharedConfigSync({ env: {}, homedir: home });
    expect(Object.keys(config.profiles)).toEqual([]);
  });

  it("turns an unreadable file into a CONFIG_INVALID error naming the file and the variable to change", async () => {
    const readFile = (path: string): string => {
      throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: "EACCES" });
    };
    const error = catchError(() => readSharedConfigSync({ env: {}, homedir: "/h", readFile }));
    expect(error).toMatchObject({ code: "CONFIG_INVALID" });
    expect((error as Error).message).toMatch(/Cannot read \/h\/\.aws\/(config|credentials) \(permission denied\)/);
    expect((error as Error).message).toMatch(/AWS_CONFIG_FILE|AWS_SHARED_CREDENTIALS_FILE/);
  });

  it("reports a folder in place of the file", async () => {
    const home = await mkdtemp(join(process.env.HOME ?? tmpdir(), "store-"));
    mkdirSync(join(home, ".aws", "config"), { recursive: true });
    expect(() => readSharedConfigSync({ env: {}, homedir: home })).toThrow(/it is a folder/);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
