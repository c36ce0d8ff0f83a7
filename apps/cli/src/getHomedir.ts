// The home folder the CLI works against: core's getHomeDir (the rule botocore and the SDKs follow,
// the same as the extension's), from the injected environment (tests point HOME at a temp folder).
// From the `cached` entry: the credential_process cache hit calls it.
import { getHomeDir } from "@mfa-session/core/cached";
import type { CliIo } from "./io.js";

export function getHomedir(io: Pick<CliIo, "env">): string {
  return getHomeDir({ env: io.env });
}
