// --profile is required by every keys subcommand but list.
import { UsageError } from "@mfa-session/core";

export function requireProfile(subcommand: string, profile: string | undefined): string {
  if (profile === undefined || profile.trim() === "") {
    throw new UsageError(`keys ${subcommand}: give --profile P. Run \`mfa-session keys ${subcommand} --help\` for usage.`);
  }
  return profile;
}
