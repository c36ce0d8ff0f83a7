import { describe, expect, it } from "vitest";
import { sessionProfiles } from "../../test/commandFixtures.js";
import { createFakeServices } from "../../test/fakeServices.js";
import { createFakeWindow } from "../../test/fakeVscode.js";
import { createTerminalCommands } from "./createTerminalCommands.js";

function setup(active?: string) {
  const fake = createFakeWindow();
  const { services } = createFakeServices({ profiles: sessionProfiles });
  const terminal: string[] = [];
  const commands = createTerminalCommands({
    window: fake.window as never,
    services,
    activeProfile: { get: () => active, set: async () => {} },
    runInTerminal: (line) => void terminal.push(line),
  });
  const byId = (id: string) => commands.find((command) => command.id === id)!;
  return { fake, terminal, byId };
}

describe(createTerminalCommands.name, () => {
  it("imports a picked profile's access keys into the keychain with the CLI, in a terminal", async () => {
    const { fake, terminal, byId } = setup();
    fake.pickNext("keys");
    await byId("mfaSession.importKeys").run();
    expect(fake.quickPicks[0]!.items.map((item: { label: string }) => item.label)).toEqual(["keys"]);
    expect(terminal).toEqual(["mfa-session keys import --profile keys"]);
  });

  it("offers no profile whose keys are already in the keychain; with none left, an error whose button adds keys", async () => {
    const fake = createFakeWindow();
    const { services } = createFakeServices({ profiles: [{ name: "keys", hasStaticKeys: true, keysInKeychain: true, usesMfaSession: false }] });
    const commands = createTerminalCommands({ window: fake.window as never, services, activeProfile: { get: () => undefined, set: async () => {} }, runInTerminal: () => {} });
    await expect(commands.find((command) => command.id === "mfaSession.importKeys")!.run()).rejects.toMatchObject({ hint: { kind: "add-access-keys" } });
    expect(fake.quickPicks).toEqual([]);
  });

  it("adds access keys with aws configure for a profile name it checks first", async () => {
    const { fake, terminal, byId } = setup();
    fake.typeNext("work-keys");
    await byId("mfaSession.addAccessKeys").run();
    expect(terminal).toEqual(["aws configure --profile work-keys"]);
    const validate = fake.inputBoxOptions[0].validateInput;
    expect(validate("work keys; rm -rf ~")).toBe("A profile name: letters, digits and . _ - @ + = , only.");
    expect(validate("work-keys")).toBeUndefined();
  });

  it("tries aws sts get-caller-identity with an MFA profile, the active one first", async () => {
    const { fake, terminal, byId } = setup("work");
    fake.pickNext((items) => items[0]);
    await byId("mfaSession.tryCallerIdentity").run();
    expect(fake.quickPicks[0]?.items.map((item: { label: string }) => item.label)).toEqual(["work", "prod"]);
    expect(terminal).toEqual(["aws sts get-caller-identity --profile work"]);
  });

  it("stops quietly when the profile pick is dismissed", async () => {
    const { fake, terminal, byId } = setup();
    fake.pickNext(undefined);
    await expect(byId("mfaSession.tryCallerIdentity").run()).rejects.toMatchObject({ code: "CANCELLED" });
    expect(terminal).toEqual([]);
  });
});
