// Two profiles on one MFA device whose source profiles have different names (and keys of the same user)
// refresh at once: the device lock is one per serial, so they never ask for a code at the same time and
// STS never sees a code twice. Real file lock and cache; an in-memory STS that refuses a used code.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AwsClientFactory } from "../aws/AwsClientFactory.js";
import { createSessionCache } from "../cache/fileSessionCache.js";
import { createFileLocker } from "../lock/fileLock.js";
import type { MfaCodeProvider } from "../ports/ports.js";
import { getCredentials } from "./getCredentials.js";
import { createFakeSts, type FakeSts } from "./testing/createFakeSts.js";
import { createFakeClock, createMemoryUsedCodes, createRecordingLogger } from "./testing/createFakeStores.js";
import { TEST_MFA_SERIAL } from "./testing/makeProfile.js";

/** STS as it is: a code it accepted is refused from then on. Counts the refusals. */
function rememberingSts(fake: FakeSts): { clients: AwsClientFactory; refusals: () => number } {
  let refusals = 0;
  const clients: AwsClientFactory = {
    ...fake.clients,
    sts: async (options) => {
      const port = await fake.clients.sts(options);
      return {
        send: (async (command: { input: { TokenCode?: string } }) => {
          try {
            const result = await (port.send as (c: unknown) => Promise<unknown>)(command);
            if (command.input.TokenCode !== undefined) fake.usedCodes.add(command.input.TokenCode);
            return result;
          } catch (error) {
            refusals++;
            throw error;
          }
        }) as typeof port.send,
      };
    },
  };
  return { clients, refusals: () => refusals };
}

describe("one device, one lock", () => {
  it("asks for one code at a time when two profiles of one device with differently named source profiles refresh at once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mfa-one-lock-"));
    const clock = createFakeClock();
    const fake = createFakeSts({ serverNow: clock.now });
    const sts = rememberingSts(fake);
    const cache = createSessionCache({ dir: join(dir, "cache"), clock });
    const usedCodes = createMemoryUsedCodes();

    // The first prompt stays open until the other caller shows up: either as a second prompt (two
    // prompts at once: the bug) or as a waiter on this device's lock (it asked whether we are alive).
    let contended!: () => void;
    const contention = new Promise<void>((resolve) => (contended = resolve));
    const locker = createFileLocker({ dir: join(dir, "locks"), pollMs: 5, isProcessAlive: () => (contended(), true) });

    // A person with an authenticator: the code of the current 30 s step; told it was used, waits for the next.
    let step = 1;
    let open = 0;
    let mostOpen = 0;
    let asked = 0;
    const codeProvider: MfaCodeProvider = async (request) => {
      mostOpen = Math.max(mostOpen, ++open);
      if (++asked > 1) contended();
      else await contention;
      if (request.previousError === "reused") step++;
      open--;
      return String(100_000 + step);
    };

    // The same user's two access keys, under two source profile names, on one device.
    writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, "[alice]\naws_access_key_id = AKIAALICE1\naws_secret_access_key = s1\n[alice-old]\naws_access_key_id = AKIAALICE2\naws_secret_access_key = s2\n");
    writeFileSync(process.env.AWS_CONFIG_FILE!, [
      `[profile dev]\nsource_profile = alice\nmfa_serial = ${TEST_MFA_SERIAL}\nregion = us-east-1`,
      `[profile ops]\nsource_profile = alice-old\nmfa_serial = ${TEST_MFA_SERIAL}\nregion = us-east-1`,
    ].join("\n"));
    const results = await Promise.all(
      ["dev", "ops"].map((profile) =>
        getCredentials({ profile, env: process.env, homedir: process.env.HOME!, codeProvider, clients: sts.clients, cache, usedCodes, locker, clock, logger: createRecordingLogger() }),
      ),
    );

    expect(results.map((result) => result.source)).toEqual(["sts", "sts"]);
    expect(mostOpen).toBe(1);
    expect(sts.refusals()).toBe(0);
    const codes = fake.calls.map((call) => call.input.TokenCode);
    expect(new Set(codes).size).toBe(2);
  });
});
