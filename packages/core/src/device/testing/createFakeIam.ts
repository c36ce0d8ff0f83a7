// An in-memory IAM that answers the device commands with IAM's rules (names, assignment, the
// 8-device limit, consecutive codes), for unit tests of the verbs and flows. Shipped in dist only
// because the build compiles src/**; nothing exports it.
import type { IamPort } from "../../ports/ports.js";
import { generateSeed } from "../../totp/generateSeed.js";
import { verifyTotp } from "../../totp/verifyTotp.js";

export interface FakeDevice {
  serialNumber: string;
  seed: string;
  userName?: string;
  enableDate?: Date;
  tags: Record<string, string>;
}

export interface FakeIam {
  port: IamPort;
  devices: Map<string, FakeDevice>;
  users: Set<string>;
  /** Command names in call order. */
  calls: string[];
  /** The next call of `command` fails with the AWS error `code` (repeat `times`). */
  failNext(command: string, code: string, times?: number): void;
  now: () => number;
}

const ACCOUNT = "123456789012";

export function createFakeIam(options: { users?: string[]; now?: () => number } = {}): FakeIam {
  const devices = new Map<string, FakeDevice>();
  const users = new Set(options.users ?? ["alice"]);
  const calls: string[] = [];
  const failures: Array<{ command: string; code: string }> = [];
  const now = options.now ?? (() => Date.now());

  const fail = (code: string, message = code): never => {
    throw Object.assign(new Error(message), { name: code, $metadata: { httpStatusCode: 400 } });
  };
  const device = (serial: string | undefined): FakeDevice => devices.get(serial ?? "") ?? fail("NoSuchEntity", `MFA device ${serial} not found`);
  const user = (name: string | undefined): string => (name && users.has(name) ? name : fail("NoSuchEntity", `user ${name} not found`));
  const checkCodes = (seed: string, code1: string, code2: string): void => {
    const first = verifyTotp(seed, code1, { timeMs: now(), window: 1 });
    const second = first === undefined ? undefined : verifyTotp(seed, code2, { timeMs: now() + 30_000, window: 1 });
    if (first === undefined || second !== first + 1) fail("InvalidAuthenticationCode");
  };

  const handlers: Record<string, (input: any) => unknown> = {
    CreateVirtualMFADeviceCommand(input) {
      const serialNumber = `arn:aws:iam::${ACCOUNT}:mfa${input.Path ?? "/"}${input.VirtualMFADeviceName}`;
      if (devices.has(serialNumber)) fail("EntityAlreadyExists");
      const seed = generateSeed();
      devices.set(serialNumber, { serialNumber, seed, tags: Object.fromEntries((input.Tags ?? []).map((t: any) => [t.Key, t.Value])) });
      return { VirtualMFADevice: { SerialNumber: serialNumber, Base32StringSeed: Buffer.from(seed, "ascii"), QRCodePNG: Buffer.from("\x89PNG fake") } };
    },
    EnableMFADeviceCommand(input) {
      const name = user(input.UserName);
      const target = device(input.SerialNumber);
      if (target.userName) fail("EntityAlreadyExists");
      if ([...devices.values()].filter((d) => d.userName === name).length >= 8) fail("LimitExceeded");
      checkCodes(target.seed, input.AuthenticationCode1, input.AuthenticationCode2);
      target.userName = name;
      target.enableDate = new Date(now());
      return {};
    },
    ResyncMFADeviceCommand(input) {
      const target = device(input.SerialNumber);
      if (target.userName !== user(input.UserName)) fail("NoSuchEntity");
      checkCodes(target.seed, input.AuthenticationCode1, input.AuthenticationCode2);
      return {};
    },
    DeactivateMFADeviceCommand(input) {
      const target = device(input.SerialNumber);
      if (target.userName !== user(input.UserName)) fail("NoSuchEntity");
      delete target.userName;
      delete target.enableDate;
      return {};
    },
    DeleteVirtualMFADeviceCommand(input) {
      const target = device(input.SerialNumber);
      if (target.userName) fail("DeleteConflict");
      devices.delete(target.serialNumber);
      return {};
    },
    ListVirtualMFADevicesCommand(input) {
      const status = input.AssignmentStatus ?? "Any";
      const all = [...devices.values()].filter((d) => status === "Any" || (status === "Assigned") === Boolean(d.userName));
      const start = Number(input.Marker ?? 0);
      const size = input.MaxItems ?? 100;
      const page = all.slice(start, start + size);
      const truncated = start + size < all.length;
      return {
        VirtualMFADevices: page.map((d) => ({ SerialNumber: d.serialNumber, ...(d.userName ? { User: { UserName: d.userName }, EnableDate: d.enableDate } : {}), Tags: Object.entries(d.tags).map(([Key, Value]) => ({ Key, Value })) })),
        IsTruncated: truncated,
        ...(truncated ? { Marker: String(start + size) } : {}),
      };
    },
    ListMFADevicesCommand(input) {
      const name = user(input.UserName);
      return { MFADevices: [...devices.values()].filter((d) => d.userName === name).map((d) => ({ UserName: name, SerialNumber: d.serialNumber, EnableDate: d.enableDate })), IsTruncated: false };
    },
    GetMFADeviceCommand(input) {
      const target = device(input.SerialNumber);
      if (!target.userName) fail("NoSuchEntity");
      return { SerialNumber: target.serialNumber, UserName: target.userName, EnableDate: target.enableDate };
    },
    TagMFADeviceCommand(input) {
      const target = device(input.SerialNumber);
      for (const tag of input.Tags) target.tags[tag.Key] = tag.Value;
      return {};
    },
    UntagMFADeviceCommand(input) {
      const target = device(input.SerialNumber);
      for (const key of input.TagKeys) delete target.tags[key];
      return {};
    },
    ListMFADeviceTagsCommand(input) {
      return { Tags: Object.entries(device(input.SerialNumber).tags).map(([Key, Value]) => ({ Key, Value })), IsTruncated: false };
    },
    GetUserCommand(input) {
      return { User: { UserName: user(input.UserName ?? "alice"), Arn: `arn:aws:iam::${ACCOUNT}:user/${input.UserName ?? "alice"}` } };
    },
  };

  const port = {
    async send(command: { constructor: { name: string }; input: unknown }) {
      const name = command.constructor.name;
      calls.push(name);
      const index = failures.findIndex((f) => f.command === name);
      if (index !== -1) fail(failures.splice(index, 1)[0]!.code);
      const handler = handlers[name] ?? fail("InvalidAction", `fake IAM does not know ${name}`);
      return handler(command.input);
    },
  } as unknown as IamPort;

  return {
    port, devices, users, calls, now,
    failNext(command, code, times = 1) {
      for (let i = 0; i < times; i++) failures.push({ command, code });
    },
  };
}
