// The MFA Session view: each MFA profile with its session's time left (inline Renew / Sign Out) and
// its MFA device under it (inline Resync, or Set Up when the profile names none). Empty when there is
// no MFA profile, so VS Code shows the view's welcome content. It reads the same services as the
// status bar (listProfiles, listSessions); the device comes from the profile's mfa_serial, so a
// refresh makes no AWS call. Also sets the context keys that the commands' `when` clauses read.
import type { Clock, Logger } from "@mfa-session/core";
import * as vscode from "vscode";
import { canManageDevices } from "../commands/pickDeviceProfile.js";
import type { ProfileChoice } from "../services/ExtensionServices.js";
import { isMfaProfile } from "../status/isMfaProfile.js";
import type { SessionView } from "../status/SessionView.js";
import { getProfileRows, type ProfileRow } from "./getProfileRows.js";

export type SessionTreeNode = ({ kind: "profile" } & ProfileRow) | { kind: "device"; profile: string; serialNumber?: string };

export interface SessionTreeProvider extends vscode.TreeDataProvider<SessionTreeNode> {
  readonly onDidChangeTreeData: vscode.Event<void>;
  /** Re-reads profiles and sessions, then tells the view. */
  refresh(): Promise<void>;
}

export interface SessionTreeDeps {
  listProfiles: () => Promise<ProfileChoice[]>;
  listSessions: (profile?: string) => Promise<SessionView[]>;
  clock: Clock;
  getWarningThresholdMinutes: () => number;
  /** vscode.commands.executeCommand("setContext", key, value). */
  setContext: (key: string, value: boolean) => Thenable<unknown>;
  logger: Logger;
}

export const CONTEXT_HAS_MFA_PROFILE = "mfaSession.hasMfaProfile";
export const CONTEXT_HAS_DEVICE_PROFILE = "mfaSession.hasDeviceProfile";

const ICONS: Record<ProfileRow["state"], string> = { signedIn: "unlock", warning: "warning", expired: "warning", signedOut: "lock" };

export function createSessionTreeProvider(deps: SessionTreeDeps): SessionTreeProvider {
  const changed = new vscode.EventEmitter<void>();
  let rows: Promise<ProfileRow[]> | undefined;

  async function load(): Promise<ProfileRow[]> {
    let profiles: ProfileChoice[] = [];
    try {
      profiles = await deps.listProfiles();
    } catch (error) {
      deps.logger.warn(`View: could not list the profiles: ${(error as Error).message}`);
    }
    const mfaProfiles = profiles.filter(isMfaProfile);
    void deps.setContext(CONTEXT_HAS_MFA_PROFILE, mfaProfiles.length > 0);
    void deps.setContext(CONTEXT_HAS_DEVICE_PROFILE, profiles.some(canManageDevices));
    const sessions = new Map<string, SessionView[]>();
    await Promise.all(
      mfaProfiles.map(async (choice) => {
        try {
          sessions.set(choice.name, await deps.listSessions(choice.name));
        } catch (error) {
          deps.logger.warn(`View: could not list the sessions of profile ${choice.name}: ${(error as Error).message}`);
        }
      }),
    );
    return getProfileRows({ profiles, sessions, now: deps.clock.now(), warningThresholdMinutes: deps.getWarningThresholdMinutes() });
  }

  return {
    onDidChangeTreeData: changed.event,
    async refresh() {
      const next = load();
      rows = next;
      await next;
      changed.fire();
    },
    async getChildren(parent?: SessionTreeNode): Promise<SessionTreeNode[]> {
      if (parent === undefined) return (await (rows ??= load())).map((row) => ({ kind: "profile", ...row }));
      if (parent.kind === "profile") return [{ kind: "device", profile: parent.profile, ...(parent.mfaSerial ? { serialNumber: parent.mfaSerial } : {}) }];
      return [];
    },
    getTreeItem(node: SessionTreeNode): vscode.TreeItem {
      if (node.kind === "profile") {
        const item = new vscode.TreeItem(node.profile, vscode.TreeItemCollapsibleState.Expanded);
        item.description = node.description;
        item.tooltip = node.tooltip;
        // Renew and Sign Out for a live session; Sign In (a renewal) for an ended or absent one.
        item.contextValue = node.state === "signedIn" || node.state === "warning" ? "mfaProfile.signedIn" : "mfaProfile.signedOut";
        item.iconPath = new vscode.ThemeIcon(ICONS[node.state]);
        return item;
      }
      if (node.serialNumber === undefined) {
        const item = new vscode.TreeItem("No MFA device in the profile", vscode.TreeItemCollapsibleState.None);
        item.tooltip = `Profile ${node.profile} names no MFA device (mfa_serial): set up a virtual one, or choose one with Configure Profile.`;
        item.contextValue = "mfaDevice.none";
        item.iconPath = new vscode.ThemeIcon("circle-slash");
        return item;
      }
      const item = new vscode.TreeItem(node.serialNumber.split("/").pop() ?? node.serialNumber, vscode.TreeItemCollapsibleState.None);
      item.description = node.serialNumber;
      item.tooltip = `MFA device of profile ${node.profile}: ${node.serialNumber}`;
      item.contextValue = "mfaDevice";
      item.iconPath = new vscode.ThemeIcon("device-mobile");
      return item;
    },
  };
}
