// The request pipeline for IAM, STS and EC2 calls: pick the service, apply faults, verify the
// signature, find the action, enforce the MFA policy, run the handler, render AWS's XML.
import { setTimeout as sleep } from "node:timers/promises";
import type { Clock, Logger } from "@mfa-session/core";
import type { ActionContext } from "../actions/ActionSpec.js";
import { enforceMfaPolicy } from "../auth/enforceMfaPolicy.js";
import type { FaultInjector } from "../faults/createFaultInjector.js";
import { AwsWireError } from "../protocol/AwsWireError.js";
import { QueryParams } from "../protocol/parseQueryParams.js";
import { renderError, renderResult } from "../protocol/renderResponse.js";
import { authenticateRequest, type SignedRequest } from "../sigv4/authenticateRequest.js";
import { parseAuthorization } from "../sigv4/parseAuthorization.js";
import type { StateStore } from "../state/createStateStore.js";
import { generateIds } from "../state/generateIds.js";
import { selectService } from "./selectService.js";

export interface ApiDependencies {
  store: StateStore;
  clock: Clock;
  /** Real time, against which request signatures' X-Amz-Date is checked (the clock above may be a test's). */
  wallClock: Clock;
  faults: FaultInjector;
  logger: Logger;
  renderQrPng: (text: string) => Promise<Buffer>;
  /** Aborted when the sandbox stops, so injected latency does not hold it open. */
  signal: AbortSignal;
}

export type ApiResponse = { kind: "drop" } | { kind: "reply"; status: number; body: string; headers: Record<string, string> };

function reply(status: number, body: string, requestId: string): ApiResponse {
  return { kind: "reply", status, body, headers: { "content-type": "text/xml", "x-amzn-requestid": requestId } };
}

/** A body that is too large, rendered in the format of the service the request seems meant for. */
export function tooLargeResponse(headers: Record<string, string>): ApiResponse {
  const service = selectService(parseAuthorization(headers["authorization"] ?? "")?.service, undefined, undefined);
  const requestId = generateIds.requestId();
  const error = new AwsWireError("RequestEntityTooLarge", "Request body is too large.", 413);
  return reply(413, renderError(service, error, requestId), requestId);
}

export async function handleApiRequest(request: SignedRequest, deps: ApiDependencies): Promise<ApiResponse> {
  const requestId = generateIds.requestId();
  const scope = parseAuthorization(request.headers["authorization"] ?? "");
  const params = QueryParams.parse(request.query, request.method === "GET" ? "" : request.body.toString("utf8"));
  const actionName = params.get("Action");
  const service = selectService(scope?.service, params.get("Version"), actionName);
  try {
    const fault = deps.faults.decide(actionName ?? "", service.protocol);
    if (fault.latencyMs > 0) await sleep(fault.latencyMs, undefined, { signal: deps.signal });
    if (fault.drop) return { kind: "drop" };
    if (fault.error) throw fault.error;

    const { state } = deps.store;
    const { principal, region } = authenticateRequest(request, { service: service.name, protocol: service.protocol }, state, { nowMs: deps.clock.now(), wallClockMs: deps.wallClock.now() });
    if (actionName === undefined || actionName === "") throw new AwsWireError("MissingAction", "Missing Action", 400);
    const spec = Object.hasOwn(service.actions, actionName) ? service.actions[actionName] : undefined;
    if (!spec) {
      throw service.protocol === "ec2"
        ? new AwsWireError("InvalidAction", `The action ${actionName.slice(0, 64)} is not valid for this web service.`, 400)
        : new AwsWireError("InvalidAction", `Could not find operation ${actionName.slice(0, 64)} for version ${service.version}`, 400);
    }
    const context: ActionContext = {
      action: actionName, params, principal, state, accountId: state.accountId, region, clock: deps.clock, renderQrPng: deps.renderQrPng,
    };
    enforceMfaPolicy(service, spec, context);
    const result = await spec.handle(context);
    if (spec.mutates) deps.store.commit();
    return reply(200, renderResult(service, actionName, result, requestId), requestId);
  } catch (error) {
    if (error instanceof AwsWireError) return reply(error.status, renderError(service, error, requestId), requestId);
    if (deps.signal.aborted) return { kind: "drop" };
    deps.logger.warn(`sandbox: internal error in ${actionName ?? "request"}: ${error instanceof Error ? error.message : String(error)}`);
    const internal = new AwsWireError(service.protocol === "ec2" ? "InternalError" : "InternalFailure", "An internal error occurred.", 500);
    return reply(500, renderError(service, internal, requestId), requestId);
  }
}
