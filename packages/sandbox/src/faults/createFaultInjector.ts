// Fault injection for tests, switchable at run time: latency, throttling, 5xx and dropped
// connections on a chosen action (or "*"), optionally for a limited number of calls.
import { AwsWireError } from "../protocol/AwsWireError.js";
import type { WireProtocol } from "../protocol/renderResponse.js";

export type FaultKind = "latency" | "throttle" | "error" | "drop";

export interface FaultRule {
  /** An action name such as "GetSessionToken", or "*" for every action. */
  action: string;
  kind: FaultKind;
  /** For "latency": milliseconds to wait before answering. */
  latencyMs?: number;
  /** For "error": 500 (InternalFailure) or 503 (ServiceUnavailable). Default 500. */
  status?: number;
  /** How many matching calls the fault applies to; unlimited when left out. */
  times?: number;
}

export interface FaultDecision {
  latencyMs: number;
  drop: boolean;
  error?: AwsWireError;
}

export interface FaultInjector {
  /** Replaces the rules of the same action and kind with this one. */
  set(rule: FaultRule): void;
  /** Removes the rules of one action, or every rule. */
  clear(action?: string): void;
  list(): FaultRule[];
  /** Consumes the rules matching one call and says what to do. */
  decide(action: string, protocol: WireProtocol): FaultDecision;
}

const KINDS: readonly FaultKind[] = ["latency", "throttle", "error", "drop"];

export function validateFaultRule(rule: unknown): FaultRule {
  const r = rule as Partial<FaultRule> | null;
  if (!r || typeof r !== "object" || typeof r.action !== "string" || r.action === "" || !KINDS.includes(r.kind as FaultKind)) {
    throw new Error(`A fault needs an action (or "*") and a kind among ${KINDS.join(", ")}.`);
  }
  if (r.latencyMs !== undefined && !(Number.isFinite(r.latencyMs) && r.latencyMs >= 0 && r.latencyMs <= 600_000)) throw new Error("latencyMs must be 0 to 600000.");
  if (r.status !== undefined && !(Number.isInteger(r.status) && r.status >= 500 && r.status <= 599)) throw new Error("status must be a 5xx code.");
  if (r.times !== undefined && !(Number.isInteger(r.times) && r.times > 0)) throw new Error("times must be a positive integer.");
  return { ...r } as FaultRule;
}

function failureFor(rule: FaultRule, protocol: WireProtocol): AwsWireError {
  const ec2 = protocol === "ec2";
  if (rule.kind === "throttle") {
    return ec2 ? new AwsWireError("RequestLimitExceeded", "Request limit exceeded.", 503) : new AwsWireError("Throttling", "Rate exceeded", 400);
  }
  const status = rule.status ?? 500;
  if (status === 503) return new AwsWireError(ec2 ? "Unavailable" : "ServiceUnavailable", "Service is unavailable.", 503);
  return new AwsWireError(ec2 ? "InternalError" : "InternalFailure", "An internal error occurred.", status);
}

export function createFaultInjector(): FaultInjector {
  let rules: FaultRule[] = [];
  return {
    set(rule) {
      const valid = validateFaultRule(rule);
      rules = [...rules.filter((r) => !(r.action === valid.action && r.kind === valid.kind)), valid];
    },
    clear(action) {
      rules = action === undefined ? [] : rules.filter((r) => r.action !== action);
    },
    list: () => rules.map((r) => ({ ...r })),
    decide(action, protocol) {
      const decision: FaultDecision = { latencyMs: 0, drop: false };
      for (const rule of rules.filter((r) => r.action === action || r.action === "*")) {
        if (rule.times !== undefined) {
          rule.times -= 1;
          if (rule.times <= 0) rules = rules.filter((r) => r !== rule);
        }
        if (rule.kind === "latency") decision.latencyMs += rule.latencyMs ?? 1000;
        else if (rule.kind === "drop") decision.drop = true;
        else decision.error ??= failureFor(rule, protocol);
      }
      return decision;
    },
  };
}
