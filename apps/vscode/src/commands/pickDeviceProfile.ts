// Device commands act with a profile's long-term keys: its own, or its mfa-session source's.
import type { ProfileChoice } from "../services/ExtensionServices.js";
import type { CommandDeps } from "./CommandSpec.js";
import { pickProfile } from "../ui/pickProfile.js";

export const canManageDevices = (choice: ProfileChoice): boolean => choice.hasStaticKeys || choice.usesMfaSession;

export async function pickDeviceProfile(deps: Pick<CommandDeps, "window" | "services" | "activeProfile">, title: string): Promise<string> {
  const active = deps.activeProfile.get();
  return pickProfile(deps.window, await deps.services.listProfiles(), {
    title,
    filter: canManageDevices,
    ...(active ? { preferred: active } : {}),
    none: "No profile with access keys in your AWS config or credentials file; add one with `aws configure --profile NAME`.",
  });
}
