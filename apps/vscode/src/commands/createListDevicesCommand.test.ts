import { describe, expect, it } from "vitest";
import { setupDeviceCommand as setup, device } from "../../test/commandFixtures.js";
import { formatLocalTime } from "../ui/formatLocalTime.js";
import { createListDevicesCommand } from "./createListDevicesCommand.js";

describe(createListDevicesCommand.name, () => {
  it("offers only profiles with keys, lists the user's devices and logs them", async () => {
    const { fake, deps, channel } = setup();
    fake.pickNext("alice-keys");
    const list = await createListDevicesCommand(deps).run();
    expect(fake.quickPicks[0]!.items.map((item: { label: string }) => item.label)).toEqual(["alice-keys", "work"]);
    expect(list).toEqual([device]);
    expect(channel.lines.join("\n")).toContain("user alice (profile alice-keys) has 1 MFA device(s)\n  arn:aws:iam::123456789012:mfa/alice");
  });

  it("shows when each device was enabled in local time", async () => {
    const { fake, deps } = setup();
    fake.pickNext("alice-keys");
    await createListDevicesCommand(deps).run();
    expect(fake.quickPicks[1]!.items[0]).toMatchObject({ description: `enabled ${formatLocalTime(device.enableDate!)}` });
  });
});
