// The composition root: state, clock, faults, admin API and HTTP server wired together.
// `startSandbox()` is what tests, the demo and `mfa-session sandbox` call.
import { silentLogger, systemClock, type Clock, type Logger } from "@mfa-session/core";
import { toBuffer } from "qrcode";
import { createAdminApi, type AdminApi } from "./admin/createAdminApi.js";
import { createFaultInjector, type FaultInjector } from "./faults/createFaultInjector.js";
import { startHttpServer } from "./server/createHttpServer.js";
import { createStateStore } from "./state/createStateStore.js";
import { createEmptyState, type SandboxState } from "./state/SandboxState.js";
import { generateIds } from "./state/generateIds.js";

export const DEFAULT_ACCOUNT_ID = "123456789012";
export const ADMIN_USER_NAME = "sandbox-admin";
export const SANDBOX_REGION = "us-east-1";

export interface StartSandboxOptions {
  /** 0 or undefined: a free port. Always bound on 127.0.0.1. */
  port?: number;
  /** Persist the state to this JSON file (written atomically, 0600); in memory when left out. */
  statePath?: string;
  /** Time for TOTP checks, session expiry and timestamps; tests inject one to control it. */
  clock?: Clock;
  /** Real time, for the 15-minute X-Amz-Date skew check (clients sign with it); default the system clock. */
  wallClock?: Clock;
  accountId?: string;
  /** Fixed admin credentials (default: random, or the ones saved in statePath). */
  adminCredentials?: { accessKeyId: string; secretAccessKey: string };
  /** Request bodies over this get RequestEntityTooLarge (default 1 MiB). */
  maxBodyBytes?: number;
  logger?: Logger;
}

export interface SandboxAdmin extends AdminApi {
  userName: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export interface Sandbox {
  /** e.g. http://127.0.0.1:41234 — pass as endpoint / --endpoint-url / AWS_ENDPOINT_URL. */
  endpoint: string;
  port: number;
  accountId: string;
  region: string;
  /** The administrator's key (never MFA-restricted) plus the in-process control API. */
  admin: SandboxAdmin;
  faults: FaultInjector;
  stop(): Promise<void>;
}

function initialState(accountId: string, clock: Clock, adminCredentials?: StartSandboxOptions["adminCredentials"]): SandboxState {
  const state = createEmptyState(accountId, ADMIN_USER_NAME);
  state.users[ADMIN_USER_NAME] = { userName: ADMIN_USER_NAME, userId: generateIds.userId(), path: "/", createdAt: clock.now(), requireMfa: false };
  const key = adminCredentials ?? { accessKeyId: generateIds.longTermAccessKeyId(), secretAccessKey: generateIds.secretAccessKey() };
  state.accessKeys[key.accessKeyId] = { ...key, userName: ADMIN_USER_NAME, status: "Active", createdAt: clock.now() };
  return state;
}

function findAdminKey(state: SandboxState) {
  const key = Object.values(state.accessKeys).find((k) => k.userName === state.adminUserName && k.status === "Active");
  if (!key) throw new Error("The sandbox state has no active key for its admin user; delete the state file to start fresh.");
  return { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey };
}

export async function startSandbox(options: StartSandboxOptions = {}): Promise<Sandbox> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const store = createStateStore({
    ...(options.statePath ? { statePath: options.statePath } : {}),
    initial: () => initialState(accountId, clock, options.adminCredentials),
  });
  const adminKey = findAdminKey(store.state);
  const faults = createFaultInjector();
  const adminApi = createAdminApi(store, clock);
  const lifetime = new AbortController();
  const server = await startHttpServer(options.port ?? 0, {
    api: { store, clock, wallClock: options.wallClock ?? systemClock, faults, logger, signal: lifetime.signal, renderQrPng: (text) => toBuffer(text, { type: "png", errorCorrectionLevel: "M" }) },
    control: { admin: adminApi, faults, adminKey },
    logger,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
  });
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      process.off("exit", onExit);
      lifetime.abort();
      await server.stop();
    })();
    return stopped;
  };
  // The process is going away anyway; this only makes sure no socket outlives it half-open.
  const onExit = () => void stop();
  process.once("exit", onExit);
  return {
    endpoint: `http://127.0.0.1:${server.port}`,
    port: server.port,
    accountId: store.state.accountId,
    region: SANDBOX_REGION,
    admin: { ...adminApi, userName: store.state.adminUserName, ...adminKey },
    faults,
    stop,
  };
}
