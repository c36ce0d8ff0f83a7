import { describe, expect, it } from "vitest";
import { createFakeServices, session } from "../../test/fakeServices.js";
import { now } from "../../test/commandFixtures.js";
import type { ProfileChoice } from "../services/ExtensionServices.js";
import { createSessionTreeProvider, type SessionTreeNode } from "./createSessionTreeProvider.js";

const profiles: ProfileChoice[] = [
  { name: "keys", hasStaticKeys: true, usesMfaSession: false },
  { name: "work", mfaSerial: "arn:aws:iam::123456789012:mfa/alice", hasStaticKeys: false, usesMfaSession: true },
  { name: "prod", hasStaticKeys: false, usesMfaSession: true },
];

function setup(options: { profiles?: ProfileChoice[]; sessions?: ReturnType<typeof session>[]; failProfiles?: boolean } = {}) {
  const { services } = createFakeServices({ profiles: options.profiles ?? profiles, sessions: options.sessions ?? [] });
  const context = new Map<string, unknown>();
  const warnings: string[] = [];
  const provider = createSessionTreeProvider({
    listProfiles: options.failProfiles ? async () => Promise.reject(new Error("config unreadable")) : () => services.listProfiles(),
    listSessions: (profile) => services.listSessions(profile),
    clock: { now: () => now },
    getWarningThresholdMinutes: () => 15,
    setContext: async (key, value) => void context.set(key, value),
    logger: { debug() {}, info() {}, warn: (message: string) => void warnings.push(message) },
  });
  return { provider, context, warnings };
}

const items = async (provider: ReturnType<typeof setup>["provider"], parent?: SessionTreeNode) => {
  const nodes = (await provider.getChildren(parent)) ?? [];
  return nodes.map((node) => ({ node, item: provider.getTreeItem(node) as { label: string; description?: string; contextValue?: string; tooltip?: string } }));
};

describe(createSessionTreeProvider.name, () => {
  it("lists each MFA profile (not a keys-only one) with its session's time left, or signed out", async () => {
    const { provider } = setup({ sessions: [session("work", 125, now)] });
    const rows = await items(provider);
    expect(rows.map(({ item }) => [item.label, item.description, item.contextValue])).toEqual([
      ["prod", "signed out", "mfaProfile.signedOut"],
      ["work", "2h05m left", "mfaProfile.signedIn"],
    ]);
    expect(rows[1]?.item.tooltip).toMatch(/^MFA session for profile work ends at .+\.$/);
  });

  it("marks a session under the warning threshold, and an expired one as expired (renewable)", async () => {
    const { provider } = setup({ sessions: [session("work", 10, now), session("prod", -5, now)] });
    const rows = await items(provider);
    expect(rows.map(({ item }) => [item.label, item.description, item.contextValue])).toEqual([
      ["prod", "expired", "mfaProfile.signedOut"],
      ["work", "10m left", "mfaProfile.signedIn"],
    ]);
    expect((rows[1]?.item as unknown as { iconPath: { id: string } }).iconPath.id).toBe("warning");
  });

  it("shows a profile's MFA device under it, or a row to set one up when it names none", async () => {
    const { provider } = setup();
    const [prod, work] = await items(provider);
    const workChildren = await items(provider, work?.node);
    expect(workChildren.map(({ item }) => [item.label, item.description, item.contextValue])).toEqual([
      ["alice", "arn:aws:iam::123456789012:mfa/alice", "mfaDevice"],
    ]);
    const prodChildren = await items(provider, prod?.node);
    expect(prodChildren.map(({ item }) => [item.label, item.contextValue])).toEqual([["No MFA device in the profile", "mfaDevice.none"]]);
    expect(await provider.getChildren(workChildren[0]?.node)).toEqual([]);
  });

  it("is empty without an MFA profile (the welcome content shows) and says so through context keys", async () => {
    const { provider, context } = setup({ profiles: [{ name: "keys", hasStaticKeys: true, usesMfaSession: false }] });
    expect(await provider.getChildren()).toEqual([]);
    expect(Object.fromEntries(context)).toEqual({ "mfaSession.hasMfaProfile": false, "mfaSession.hasDeviceProfile": true });
    const nothing = setup({ profiles: [] });
    await nothing.provider.getChildren();
    expect(Object.fromEntries(nothing.context)).toEqual({ "mfaSession.hasMfaProfile": false, "mfaSession.hasDeviceProfile": false });
  });

  it("refresh() re-reads the profiles and sessions and tells the view", async () => {
    const { services } = createFakeServices({ profiles, sessions: [session("work", 60, now)] });
    let list = profiles.slice(0, 1);
    const provider = createSessionTreeProvider({
      listProfiles: async () => list,
      listSessions: (profile) => services.listSessions(profile),
      clock: { now: () => now },
      getWarningThresholdMinutes: () => 15,
      setContext: async () => {},
      logger: { debug() {}, info() {}, warn() {} },
    });
    let changes = 0;
    provider.onDidChangeTreeData(() => void (changes += 1));
    expect(await provider.getChildren()).toEqual([]);
    list = profiles;
    await provider.refresh();
    expect(changes).toBe(1);
    expect((await provider.getChildren())?.map((node) => node.profile)).toEqual(["prod", "work"]);
  });

  it("logs and shows nothing when the profiles cannot be read, rather than failing the view", async () => {
    const { provider, warnings } = setup({ failProfiles: true });
    expect(await provider.getChildren()).toEqual([]);
    expect(warnings).toEqual(["View: could not list the profiles: config unreadable"]);
  });
});
