// The world each README-recipe test file starts for itself (the roles recipe needs a device whose
// current code is unused, so the files never share one): a sandbox, alice with her keys in
// dev-keys and a device, and `mfa-session` on PATH. Every test must leave it clean.
import { afterAll, afterEach, beforeAll } from "vitest";
import { startMfaWorld, type MfaUser, type MfaWorld } from "./mfaWorld.js";
import { installOnPath } from "./readmeRecipes.js";

export interface RecipeWorld {
  world: MfaWorld;
  alice: MfaUser;
}

/** Registers the file's hooks; `onStart` receives the world once it runs. */
export function useRecipeWorld(onStart: (started: RecipeWorld) => void): void {
  let world: MfaWorld | undefined;
  beforeAll(async () => {
    world = await startMfaWorld();
    const alice = await world.addUser("alice", "dev-keys");
    installOnPath(world);
    onStart({ world, alice });
  });
  afterEach(async () => {
    await world!.assertClean();
  });
  afterAll(async () => {
    await world?.stop();
  });
}

/** Settings that point a recipe's profile at the sandbox and answer codes with the user's mfa_process. */
export function sandboxSettings(world: MfaWorld, user: MfaUser): { key: string; value: string }[] {
  return [
    { key: "region", value: world.sandbox.region },
    { key: "endpoint_url", value: world.sandbox.endpoint },
    { key: "mfa_process", value: user.mfaProcess },
  ];
}
