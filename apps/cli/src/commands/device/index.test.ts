import { describe, expect, it } from "vitest";
import type { CliIo } from "../../io.js";
import { runCli } from "../../cli.js";
import { DEVICE_SUBCOMMANDS, deviceCommand } from "./index.js";
import { formatDeviceTable } from "./list.js";
import { formatProgressBar } from "./provision.js";

function io(): CliIo & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: { write: (s: string) => (out.push(s), true) }, stderr: { write: () => true }, env: {}, cwd: "/" } as never;
}

describe("deviceCommand", () => {
  it("prints its help without a subcommand and refuses an unknown one", async () => {
    const cli = io();
    expect(await deviceCommand.run([], cli)).toBe(0);
    expect(cli.out.join("")).toMatch(/mfa-session device provision --users-file FILE --out-dir DIR/);
    await expect(deviceCommand.run(["frobnicate"], io())).rejects.toThrow(/Unknown device subcommand "frobnicate"/);
  });

  it("has eleven subcommands, each with its own --help: usage, what it does, options and an example", async () => {
    expect(DEVICE_SUBCOMMANDS).toHaveLength(11);
    const overview = io();
    await runCli(["device", "--help"], overview);
    const seen = new Set<string>();
    for (const name of DEVICE_SUBCOMMANDS) {
      for (const argv of [["device", name, "--help"], ["device", name, "-h"], ["device", "help", name], ["help", "device", name]]) {
        const cli = io();
        expect(await runCli(argv, cli), argv.join(" ")).toBe(0);
        const text = cli.out.join("");
        expect(text, argv.join(" ")).not.toBe(overview.out.join(""));
        expect(text.startsWith(`Usage: mfa-session device ${name} `), argv.join(" ")).toBe(true);
        expect(text, argv.join(" ")).toMatch(/\n\nOptions:\n(  -.*\n)+/);
        expect(text, argv.join(" ")).toMatch(new RegExp(`\n\nExamples?:\n  mfa-session device ${name} `));
        expect(text).toContain("--profile P");
        seen.add(text);
      }
    }
    expect(seen.size).toBe(11);
  });

  it("documents every option a subcommand accepts in its help", async () => {
    for (const name of DEVICE_SUBCOMMANDS) {
      const cli = io();
      await runCli(["device", name, "--help"], cli);
      const usage = cli.out.join("").split("\n\n")[0]!;
      const options = cli.out.join("").split("Options:\n")[1]!.split("\n\n")[0]!;
      for (const flag of usage.match(/--[a-z0-9-]+/g) ?? []) expect(options, `${name} ${flag}`).toContain(`  ${flag}`);
    }
  });

  it("still prints the overview for device --help", async () => {
    const cli = io();
    await runCli(["device", "--help"], cli);
    expect(cli.out.join("")).toMatch(/^Usage: mfa-session device <subcommand> \[options\]/);
  });

  it("checks required options before touching AWS", async () => {
    await expect(deviceCommand.run(["create", "--name", "x"], io())).rejects.toThrow(/--outfile FILE are required/);
    await expect(deviceCommand.run(["create", "--name", "x", "--outfile", "f", "--bootstrap-method", "SMS"], io())).rejects.toThrow(/QRCodePNG or Base32StringSeed/);
    await expect(deviceCommand.run(["enable", "--user", "u", "--serial", "s", "--authentication-code-1", "123456"], io())).rejects.toThrow(/both --authentication-code-1 and --authentication-code-2/);
    await expect(deviceCommand.run(["list", "--assignment-status", "Some"], io())).rejects.toThrow(/Assigned, Unassigned or Any/);
  });
});

describe(formatDeviceTable.name, () => {
  it("aligns columns and marks unassigned devices", () => {
    expect(formatDeviceTable([
      { serialNumber: "arn:aws:iam::1:mfa/a", userName: "alice", enableDate: new Date("2026-01-02T03:04:05.678Z"), tags: { t: "1" } },
      { serialNumber: "arn:aws:iam::1:mfa/longer" },
    ])).toBe([
      "SERIAL                     USER   ENABLED               TAGS",
      "arn:aws:iam::1:mfa/a       alice  2026-01-02T03:04:05Z  t=1",
      "arn:aws:iam::1:mfa/longer  -      -",
      "",
    ].join("\n"));
  });
});

describe(formatProgressBar.name, () => {
  it("fills in proportion to the users handled", () => {
    expect(formatProgressBar({ total: 200, done: 90, created: 0, skipped: 5, failed: 5, pending: 100, retries: 7 }, 10))
      .toBe("[#####.....] 100/200 (done 90, skipped 5, failed 5, retries 7)");
  });
});
