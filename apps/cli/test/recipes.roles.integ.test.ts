// README recipe "Several roles from one code", with its own sandbox and a fresh device.
import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startMfaWorld, type MfaUser, type MfaWorld } from "./support/mfaWorld.js";
import { installOnPath, recipeBlock, sectionText } from "./support/readmeRecipes.js";

let world: MfaWorld;
let alice: MfaUser;
const serial = "arn:aws:iam::123456789012:mfa/alice";

beforeAll(async () => {
  world = await startMfaWorld();
  alice = await world.addUser("alice", "dev-keys");
  installOnPath(world);
});
afterEach(async () => {
  await world.assertClean();
});
afterAll(async () => {
  await world?.stop();
});

const sandboxSettings = (user: MfaUser) => [
  { key: "region", value: world.sandbox.region },
  { key: "endpoint_url", value: world.sandbox.endpoint },
  { key: "mfa_process", value: user.mfaProcess },
];

describe("README set-up recipes", () => {
  it("several roles from one code: two role profiles, one code", async () => {
    world.sandbox.admin.createRole({ roleName: "Admin", requireMfa: true });
    world.sandbox.admin.createRole({ roleName: "ReadOnly", requireMfa: true });
    for (const [profile, role] of [["prod-admin", "Admin"], ["prod-read", "ReadOnly"]] as const) {
      const result = await world.run("mfa-session", [
        "configure", "--profile", profile, "--source-profile", "dev-keys", "--mfa-serial", serial, "--role-arn", `arn:aws:iam::123456789012:role/${role}`,
      ]);
      expect(result.code).toBe(0);
      await world.setConfig(`profile ${profile}`, sandboxSettings(alice));
    }
    expect(sectionText(readFileSync(world.configFile, "utf8"), "profile prod-admin")).toContain(recipeBlock("roles").trimEnd().split("\n").slice(1).join("\n"));
    const asked = world.codesAsked(alice);
    const login = await world.run("mfa-session", ["login", "--profile", "prod-admin"]);
    expect(login.stderr).toBe("");
    expect(login.code).toBe(0);
    for (const [profile, role] of [["prod-read", "ReadOnly"], ["prod-admin", "Admin"]] as const) {
      const identity = await world.run("aws", ["sts", "get-caller-identity", "--profile", profile, "--endpoint-url", world.sandbox.endpoint, "--output", "json"]);
      expect(identity.code).toBe(0);
      expect(JSON.parse(identity.stdout).Arn).toMatch(new RegExp(`^arn:aws:sts::123456789012:assumed-role/${role}/`));
    }
    expect(world.codesAsked(alice) - asked).toBe(1);
    await world.assertClean(["prod-admin", "prod-read"]);
  });

});
