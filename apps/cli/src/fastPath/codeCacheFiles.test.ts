import { describe, expect, it } from "vitest";
import { getCodeCacheFiles } from "./codeCacheFiles.js";

describe(getCodeCacheFiles.name, () => {
  const chunk = "/opt/lib/node_modules/mfa-session/dist/chunks/cache-hit-0123456789abcdef.js";

  it("names the build's cache beside the chunk and the user's in the cache folder, both for one Node", () => {
    expect(getCodeCacheFiles(chunk, "/home/me/.aws/mfa-session/cache", { version: "v22.23.5", arch: "x64" })).toEqual({
      built: `${chunk}.node-v22.23.5-x64.cache`,
      user: "/home/me/.aws/mfa-session/cache/code-cache/cache-hit-0123456789abcdef.js.node-v22.23.5-x64.cache",
    });
  });

  it("gives each Node version and architecture its own files, so switching Node (nvm) never overwrites one", () => {
    const names = [
      { version: "v20.20.2", arch: "x64" },
      { version: "v24.22.3", arch: "x64" },
      { version: "v24.22.3", arch: "arm64" },
    ].map((runtime) => getCodeCacheFiles(chunk, "/c", runtime));
    expect(new Set(names.flatMap((files) => [files.built, files.user])).size).toBe(6);
  });
});
