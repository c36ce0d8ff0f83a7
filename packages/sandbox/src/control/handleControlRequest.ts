// The HTTP control path, POST /_sandbox/control with a JSON body {"op": ..., ...}, so a sandbox
// started by `mfa-session sandbox` can be driven from other processes. Authenticated by the admin
// key: header `Authorization: SandboxAdmin <accessKeyId>:<secretAccessKey>`.
import { timingSafeEqual } from "node:crypto";
import type { AdminApi } from "../admin/createAdminApi.js";
import type { FaultInjector } from "../faults/createFaultInjector.js";

export const CONTROL_PATH = "/_sandbox/control";

export interface ControlResponse {
  status: number;
  body: unknown;
}

export interface ControlDependencies {
  admin: AdminApi;
  faults: FaultInjector;
  adminKey: { accessKeyId: string; secretAccessKey: string };
}

function isAdmin(header: string | undefined, key: ControlDependencies["adminKey"]): boolean {
  const expected = Buffer.from(`SandboxAdmin ${key.accessKeyId}:${key.secretAccessKey}`);
  const given = Buffer.from(header ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function handleControlRequest(method: string, authorization: string | undefined, body: Buffer, deps: ControlDependencies): ControlResponse {
  if (!isAdmin(authorization, deps.adminKey)) {
    return { status: 403, body: { error: "Forbidden", message: "Send Authorization: SandboxAdmin <accessKeyId>:<secretAccessKey> with the sandbox's admin key." } };
  }
  if (method !== "POST") return { status: 405, body: { error: "MethodNotAllowed", message: `POST a JSON body {"op": ...} to ${CONTROL_PATH}.` } };
  let request: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(body.toString("utf8"));
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
    request = parsed as Record<string, unknown>;
  } catch {
    return { status: 400, body: { error: "BadRequest", message: 'The body must be a JSON object such as {"op":"listFaults"}.' } };
  }
  const { op, ...input } = request;
  try {
    return { status: 200, body: runOp(String(op), input, deps) ?? {} };
  } catch (error) {
    return { status: 400, body: { error: "BadRequest", message: error instanceof Error ? error.message : String(error) } };
  }
}

/* eslint-disable @typescript-eslint/no-explicit-any -- inputs are checked by the admin API itself */
function runOp(op: string, input: Record<string, any>, { admin, faults }: ControlDependencies): unknown {
  switch (op) {
    case "createUser": return admin.createUser(input as any);
    case "setRequireMfa": return admin.setRequireMfa(input as any);
    case "createRole": return admin.createRole(input as any);
    case "createMfaDevice": return admin.createMfaDevice(input as any);
    case "seedInstances": return { instances: admin.seedInstances(Array.isArray(input.instances) ? input.instances : []) };
    case "getSeed": return { seedBase32: admin.getSeed(String(input.serialNumber)) };
    case "setFault": return faults.set(input as any);
    case "clearFaults": return faults.clear(typeof input.action === "string" ? input.action : undefined);
    case "listFaults": return { faults: faults.list() };
    case "snapshot": return admin.snapshot();
    default:
      throw new Error(`Unknown op "${op}". Ops: createUser, setRequireMfa, createRole, createMfaDevice, seedInstances, getSeed, setFault, clearFaults, listFaults, snapshot.`);
  }
}
