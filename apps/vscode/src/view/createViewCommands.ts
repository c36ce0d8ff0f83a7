// The view's inline actions: VS Code passes the row to a menu command, so each one here turns the
// row into the profile argument of the existing command (Sign In, Sign Out, Resync, Set Up), which
// keeps the behaviour; Refresh re-reads the status bar and the view.
import type { CommandSpec } from "../commands/CommandSpec.js";
import type { SessionTreeNode } from "./createSessionTreeProvider.js";

export interface ViewCommandDeps {
  signIn: CommandSpec;
  signOut: CommandSpec;
  resyncDevice: CommandSpec;
  setUpDevice: CommandSpec;
  refresh: () => Promise<void>;
}

const profileOf = (node: unknown): string | undefined => (node as SessionTreeNode | undefined)?.profile;

export function createViewCommands(deps: ViewCommandDeps): CommandSpec[] {
  const withProfile = (node: unknown) => {
    const profile = profileOf(node);
    return profile === undefined ? {} : { profile };
  };
  return [
    { id: "mfaSession.view.renew", title: "Renew", run: (node) => deps.signIn.run({ ...withProfile(node), forceRefresh: true }) },
    { id: "mfaSession.view.signIn", title: "Sign In", run: (node) => deps.signIn.run(withProfile(node)) },
    { id: "mfaSession.view.signOut", title: "Sign Out", run: (node) => deps.signOut.run(profileOf(node)) },
    { id: "mfaSession.view.resyncDevice", title: "Resync Device", run: (node) => deps.resyncDevice.run(profileOf(node)) },
    { id: "mfaSession.view.setUpDevice", title: "Set Up Virtual MFA Device", run: (node) => deps.setUpDevice.run(profileOf(node)) },
    { id: "mfaSession.refresh", title: "Refresh", run: () => deps.refresh() },
  ];
}
