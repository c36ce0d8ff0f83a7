import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CreateUserCommand, GetUserCommand } from "@aws-sdk/client-iam";
import { startSandbox } from "./startSandbox.js";
import { sdkClients } from "./testing/sdkClients.js";

describe("sandbox --state persistence", () => {
  const dir = mkdtempSync(join(tmpdir(), "sandbox-state-"));
  const statePath = join(dir, "nested", "state.json");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps users, devices and the admin key across restarts in a 0600 file with no temp files left", async () => {
    const first = await startSandbox({ statePath });
    await sdkClients(first.endpoint, first.admin).iam.send(new CreateUserCommand({ UserName: "persisted" }));
    const device = first.admin.createMfaDevice({ deviceName: "persisted", userName: "persisted" });
    await first.stop();

    const saved = JSON.parse(readFileSync(statePath, "utf8")) as { users: Record<string, unknown> };
    expect(Object.keys(saved.users)).toContain("persisted");
    expect(statSync(statePath).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, "nested"))).toEqual(["state.json"]);

    const second = await startSandbox({ statePath });
    try {
      expect(second.admin.accessKeyId).toBe(first.admin.accessKeyId);
      const user = await sdkClients(second.endpoint, second.admin).iam.send(new GetUserCommand({ UserName: "persisted" }));
      expect(user.User?.UserName).toBe("persisted");
      expect(second.admin.getSeed(device.serialNumber)).toBe(device.seedBase32);
    } finally {
      await second.stop();
    }
  });

  it("refuses a state file that is not sandbox state, saying what to do", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{not json");
    await expect(startSandbox({ statePath: bad })).rejects.toThrow(/not valid JSON; fix or delete it/);
  });
});
