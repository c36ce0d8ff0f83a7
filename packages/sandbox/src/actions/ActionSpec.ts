// The contract between the request pipeline and each service's action handlers.
import type { Clock } from "@mfa-session/core";
import type { Principal } from "../auth/Principal.js";
import type { QueryParams } from "../protocol/parseQueryParams.js";
import type { WireServiceInfo } from "../protocol/renderResponse.js";
import type { XmlObject } from "../protocol/renderXml.js";
import type { SandboxState } from "../state/SandboxState.js";

export interface ActionContext {
  action: string;
  params: QueryParams;
  principal: Principal;
  state: SandboxState;
  accountId: string;
  /** The region from the request's credential scope. */
  region: string;
  clock: Clock;
  renderQrPng: (text: string) => Promise<Buffer>;
}

export interface ActionSpec {
  handle(context: ActionContext): Promise<XmlObject | undefined> | XmlObject | undefined;
  /** Persist the state after a successful call. */
  mutates?: boolean;
  /**
   * True when AWS's "deny unless aws:MultiFactorAuthPresent" policy lets a user without MFA make this
   * call (getting a session, and setting up their own device). Default: denied.
   */
  allowedWithoutMfa?: (context: ActionContext) => boolean;
}

export interface ServiceSpec extends WireServiceInfo {
  /** The SigV4 signing name: iam, sts, ec2. */
  name: string;
  version: string;
  actions: Record<string, ActionSpec>;
}
