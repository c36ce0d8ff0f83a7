// The narrow port the commands use; createCoreServices.ts is the one place that turns it into
// @mfa-session/core calls (same cache, same lock, same config files as the CLI).
import type { CodePair, MfaCodeProvider, MfaDeviceSummary, NewDeviceForUser, SessionSummary } from "@mfa-session/core";

export interface ProfileChoice {
  name: string;
  mfaSerial?: string;
  /** Has long-term keys itself, in the profile or in the OS keychain (so devices can be managed with it). */
  hasStaticKeys: boolean;
  /** Gets credentials from mfa-session (credential_process). */
  usesMfaSession: boolean;
  /** Its keys are in the OS keychain (mfa_session_key_store = keychain), not in a file. */
  keysInKeychain?: boolean;
  /** The profile's own region setting. */
  region?: string;
}

export interface SignInResult {
  expiration: Date;
  /** "cache": a live session was already there. */
  source: "cache" | "sts";
}

export interface DeviceSetupHandlers {
  deviceName?: string;
  present(device: NewDeviceForUser): Promise<void>;
  readCodes(device: NewDeviceForUser): Promise<CodePair>;
  onStep?(message: string): void;
}

export interface DeviceService {
  userName(): Promise<string>;
  list(): Promise<MfaDeviceSummary[]>;
  /** Creates, shows, enables, and writes mfa_serial into the profile. */
  setUp(handlers: DeviceSetupHandlers): Promise<{ serialNumber: string; userName: string }>;
  resync(serialNumber: string, codes: CodePair): Promise<void>;
  deactivate(serialNumber: string): Promise<void>;
  delete(serialNumber: string): Promise<void>;
}

export interface ProfileEdit {
  profile: string;
  sourceProfile: string;
  mfaSerial?: string;
  roleArn?: string;
  region?: string;
}

export interface ProfileEditPlan {
  configFile: string;
  changed: boolean;
  diff: string;
  /** What may stop the profile from working (a pinned Node, a line Go tools cannot run), shown with the diff. */
  warnings?: string[];
  write(): Promise<void>;
}

export interface ExtensionServices {
  listProfiles(): Promise<ProfileChoice[]>;
  /** Every cached session; with a profile, only those it is answered from, whichever profile made them. */
  listSessions(profile?: string): Promise<SessionSummary[]>;
  signIn(profile: string, options: { forceRefresh: boolean; codeProvider: MfaCodeProvider; signal?: AbortSignal }): Promise<SignInResult>;
  /** undefined: every session. Returns what was removed. */
  signOut(profile: string | undefined): Promise<SessionSummary[]>;
  devices(profile: string): DeviceService;
  /** Throws CLI_NOT_FOUND (install-cli hint) when credential_process could not start mfa-session. */
  checkCli(): Promise<void>;
  planProfileEdit(edit: ProfileEdit): Promise<ProfileEditPlan>;
}
