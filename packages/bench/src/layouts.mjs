// The cache hit for each profile layout that can be served from the cache, each against `node -e 0` in
// the same interleaved run: the layout `configure` writes (mfa_session_source_profile), a profile with
// its own keys and mfa_serial, a role from the cached MFA session, and source keys moved into the OS
// keychain after their session was cached (as `keys import` leaves them; no keychain runs here, so a
// hit that opened it would fail, and one session issued to its user shows every call was a hit). Then the configured hit with
// NODE_EXTRA_CA_CERTS set to a real PEM bundle (as behind a corporate TLS proxy), for ours and for
// `node -e 0` alike: Node reads the bundle at every start, whatever the script.
import { cliPath } from "./fixture.mjs";
import { compareCommands, timeCommand } from "./measure.mjs";

export const LAYOUTS = { configured: "mfa", ownKeys: "own", role: "mfa-role", keychain: "mfa-kc" };

export async function measureLayouts(fixture, runs) {
  const hit = (profile) => ["node", cliPath, "credential-process", "--profile", profile];
  // Each profile's session is cached first: `mfa-role` from the MFA session the concurrency test made
  // (no code), `own` with a code from its own device (fixture.mjs).
  for (const profile of Object.values(LAYOUTS)) await timeCommand(hit(profile), { env: fixture.env });
  await fixture.moveKeysToKeychain();
  const commands = Object.fromEntries(Object.entries(LAYOUTS).map(([layout, profile]) => [layout, hit(profile)]));
  const layouts = await compareCommands({ ...commands, node: ["node", "-e", "0"] }, { runs: runs * 2, env: fixture.env });
  const extraCaEnv = { ...fixture.env, NODE_EXTRA_CA_CERTS: fixture.extraCaCerts };
  const extraCa = await compareCommands({ ours: hit(LAYOUTS.configured), node: ["node", "-e", "0"] }, { runs: runs * 2, env: extraCaEnv });
  const keychainSessions = fixture.mfaSessionsIssued("bench-kc");
  if (keychainSessions !== 1) throw new Error(`the keychain layout was served by ${keychainSessions} MFA sessions, not 1: its calls were not all cache hits`);
  return {
    layouts: Object.fromEntries(Object.keys(LAYOUTS).map((layout) => [layout, { ours: layouts[layout], node: layouts.node, ratio: layouts[layout].median / layouts.node.median }])),
    extraCaCerts: { ...extraCa, ratio: extraCa.ours.median / extraCa.node.median },
  };
}
