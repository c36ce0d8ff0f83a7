// README recipe "Several roles from one code", with its own sandbox and a fresh device.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { MfaUser, MfaWorld } from "./support/mfaWorld.js";
import { recipeBlock, sectionText } from "./support/readmeRecipes.js";
import { sandboxSettings, useRecipeWorld } from "./support/recipeWorld.js";

let world: MfaWorld;
let alice: MfaUser;
const serial = "arn:aws:iam::123456789012:mfa/alice";

useRecipeWorld((started) => {
  ({ world, alice } = started);
});

describe("README set-up recipes", () => {
  it("several roles from one code: two role profiles, one code", async () => {
    world.sandbox.admin.createRole({ roleName: "Admin", requireMfa: true });
    world.sandbox.admin.createRole({ roleName: "ReadOnly", requireMfa: true });
    for (const [profile, role] of [["prod-admin", "Admin"], ["prod-read", "ReadOnly"]] as const) {
      const result = await world.run("mfa-session", [
        "configure", "--profile", profile, "--source-profile", "dev-keys", "--mfa-serial", serial, "--role-arn", `arn:aws:iam::123456789012:role/${role}`,
      ]);
      expect(result.code).toBe(0);
      await world.setConfig(`profile ${profile}`, sandboxSettings(world, alice));
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
