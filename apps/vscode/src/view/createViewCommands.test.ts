import { describe, expect, it } from "vitest";
import type { CommandSpec } from "../commands/CommandSpec.js";
import { createViewCommands } from "./createViewCommands.js";
import type { SessionTreeNode } from "./createSessionTreeProvider.js";

function spec(id: string, calls: unknown[][]): CommandSpec {
  return { id, title: id, run: async (...args: unknown[]) => void calls.push([id, ...args]) };
}

const work: SessionTreeNode = { kind: "profile", profile: "work", description: "1h00m left", tooltip: "", state: "signedIn" };
const device: SessionTreeNode = { kind: "device", profile: "work", serialNumber: "arn:aws:iam::1:mfa/alice" };

describe(createViewCommands.name, () => {
  it("runs the existing commands with the row's profile: Renew forces a new session, Sign In does not", async () => {
    const calls: unknown[][] = [];
    let refreshed = 0;
    const commands = createViewCommands({
      signIn: spec("mfaSession.signIn", calls), signOut: spec("mfaSession.signOut", calls),
      resyncDevice: spec("mfaSession.resyncDevice", calls), setUpDevice: spec("mfaSession.setUpDevice", calls),
      refresh: async () => void (refreshed += 1),
    });
    const run = (id: string, node?: SessionTreeNode) => commands.find((command) => command.id === id)!.run(node);
    await run("mfaSession.view.renew", work);
    await run("mfaSession.view.signIn", work);
    await run("mfaSession.view.signOut", work);
    await run("mfaSession.view.resyncDevice", device);
    await run("mfaSession.view.setUpDevice", { kind: "device", profile: "prod" });
    await run("mfaSession.refresh");
    expect(calls).toEqual([
      ["mfaSession.signIn", { profile: "work", forceRefresh: true }],
      ["mfaSession.signIn", { profile: "work" }],
      ["mfaSession.signOut", "work"],
      ["mfaSession.resyncDevice", "work"],
      ["mfaSession.setUpDevice", "prod"],
    ]);
    expect(refreshed).toBe(1);
  });

  it("asks for the profile as the palette command does when it runs without a row", async () => {
    const calls: unknown[][] = [];
    const commands = createViewCommands({
      signIn: spec("mfaSession.signIn", calls), signOut: spec("mfaSession.signOut", calls),
      resyncDevice: spec("mfaSession.resyncDevice", calls), setUpDevice: spec("mfaSession.setUpDevice", calls),
      refresh: async () => {},
    });
    await commands.find((command) => command.id === "mfaSession.view.signOut")!.run();
    await commands.find((command) => command.id === "mfaSession.view.renew")!.run();
    expect(calls).toEqual([["mfaSession.signOut", undefined], ["mfaSession.signIn", { forceRefresh: true }]]);
  });
});
