// `logout` while a refresh waits for its code: the logout wins. The refresh still hands its caller the
// credentials it was asked for before the logout, but keeps nothing in the cache. Real file cache and
// lock, the real getCredentials; an in-memory STS; a code provider that blocks until released.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { createSessionCache } from "../cache/fileSessionCache.js";
import { createFileLocker } from "../lock/fileLock.js";
import type { MfaCodeProvider } from "../ports/ports.js";
import { getCredentials } from "./getCredentials.js";
import { loadProfile } from "./loadProfile.js";
import { removeSessions } from "./removeSessions.js";
import { createFakeSts } from "./testing/createFakeSts.js";
import { createFakeClock, createMemoryUsedCodes, createRecordingLogger } from "./testing/createFakeStores.js";
import { TEST_MFA_SERIAL } from "./testing/makeProfile.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "mfa-logout-"));
  writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, "[base]\naws_access_key_id = AKIABASE\naws_secret_access_key = s\n");
  writeFileSync(process.env.AWS_CONFIG_FILE!, [
    `[profile base]\nmfa_serial = ${TEST_MFA_SERIAL}\nregion = us-east-1`,
    "[profile dev]\nsource_profile = base\nrole_arn = arn:aws:iam::123456789012:role/dev\nregion = us-east-1",
  ].join("\n"));
});

/** A refresh of `profile` whose code provider waits until `release()`; `asked` settles when it is waiting. */
function startRefresh(profile: string, clock = createFakeClock()) {
  let release!: (code: string) => void;
  let asked!: () => void;
  const waiting = new Promise<void>((resolve) => (asked = resolve));
  const codeProvider: MfaCodeProvider = () => new Promise((resolve) => ((release = resolve), asked()));
  const logger = createRecordingLogger();
  const done = getCredentials({
    profile, env: process.env, homedir: process.env.HOME!, codeProvider, clock, logger,
    clients: createFakeSts({ serverNow: clock.now }).clients,
    cache: createSessionCache({ dir, clock }),
    usedCodes: createMemoryUsedCodes(),
    locker: createFileLocker({ dir: join(dir, "locks") }),
  });
  return { asked: waiting, release: (code = "123456") => release(code), done, logger, clock };
}

describe("logout during a refresh", () => {
  it.each([
    ["logout --profile dev", async () => ({ profile: await loadProfile({ profile: "dev", env: process.env, homedir: process.env.HOME! }) })],
    ["logout --profile dev (a profile given by name)", async () => ({ profile: "dev" })],
    ["logout --all", async () => ({})],
  ])("%s while dev's refresh waits for its code leaves no session in the cache", async (_, scope) => {
    const refresh = startRefresh("dev");
    await refresh.asked;
    const cache = createSessionCache({ dir, clock: refresh.clock });
    refresh.clock.advance(1_000);
    expect(await removeSessions({ cache, clock: refresh.clock, ...(await scope()) })).toEqual([]);
    refresh.release();
    const result = await refresh.done;
    // The caller asked before the logout: it gets what it asked for, but nothing is kept.
    expect(result.source).toBe("sts");
    expect(result.credentials.accessKeyId).toMatch(/^ASIA/);
    expect(await cache.list()).toEqual([]);
    expect(refresh.logger.lines.join("\n")).toMatch(/signed out while/);
  });

  it("keeps the session of a refresh that started after the logout", async () => {
    const clock = createFakeClock();
    await removeSessions({ cache: createSessionCache({ dir, clock }), clock });
    clock.advance(1_000);
    const refresh = startRefresh("dev", clock);
    await refresh.asked;
    refresh.release();
    await refresh.done;
    expect((await createSessionCache({ dir, clock }).list()).map((entry) => entry.meta.kind).sort()).toEqual(["mfa-session", "role"]);
  });

  it("keeps another profile's session when one profile logs out", async () => {
    writeFileSync(process.env.AWS_CONFIG_FILE!, [
      `[profile base]\nmfa_serial = ${TEST_MFA_SERIAL}\nregion = us-east-1`,
      "[profile dev]\nsource_profile = base\nrole_arn = arn:aws:iam::123456789012:role/dev\nregion = us-east-1",
      `[profile other-keys]\naws_access_key_id = AKIAOTHER\naws_secret_access_key = s\nmfa_serial = arn:aws:iam::123456789012:mfa/bob\nregion = us-east-1`,
    ].join("\n"));
    const refresh = startRefresh("other-keys");
    await refresh.asked;
    refresh.clock.advance(1_000);
    await removeSessions({ cache: createSessionCache({ dir, clock: refresh.clock }), clock: refresh.clock, profile: "dev" });
    refresh.release();
    await refresh.done;
    expect((await createSessionCache({ dir, clock: refresh.clock }).list()).map((entry) => entry.meta.profile)).toEqual(["other-keys"]);
  });
});
