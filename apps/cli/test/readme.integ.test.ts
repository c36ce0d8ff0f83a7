// The README is part of the product: its runnable blocks are run here, line by line, against the
// sandbox (with `mfa-session` on PATH as after a global install, and the code typed into a VS Code
// window stand-in); its troubleshooting messages must still be what the code prints; and CI must
// run the two commands the README opens with.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createPromptSecret, formatPromptServerEnv, generateTotp, preparePromptSocket, startPromptServer, type PromptServer } from "@mfa-session/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMfaWorld, type MfaUser, type MfaWorld } from "./support/mfaWorld.js";
import { installOnPath } from "./support/readmeRecipes.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const readme = readFileSync(join(root, "README.md"), "utf8");

/** `<!-- runnable -->` blocks run in the user's home; `<!-- runnable: repo -->` ones in the checkout. */
interface RunnableBlock { language: "sh" | "ini"; body: string; inRepo: boolean }

function runnableBlocks(text: string): RunnableBlock[] {
  return [...text.matchAll(/<!-- runnable(: repo)? -->\n```(sh|ini)\n([\s\S]*?)```/g)]
    .map((m) => ({ inRepo: m[1] !== undefined, language: m[2] as "sh" | "ini", body: m[3]! }));
}

let world: MfaWorld;
let server: PromptServer | undefined;
const asked: string[] = [];
let users: MfaUser[];
let npmPrefix: string;

beforeAll(async () => {
  world = await startMfaWorld();
  users = [await world.addUser("alice", "dev-keys"), await world.addUser("ci-robot", "ci-keys")];
  world.sandbox.admin.createRole({ roleName: "Admin", requireMfa: true });
  world.sandbox.admin.createRole({ roleName: "ReadOnly", requireMfa: true });
  installOnPath(world);
  npmPrefix = join(world.home, "npm-global");
  world.env.AWS_ENDPOINT_URL = world.sandbox.endpoint;
  world.env.AWS_REGION = world.sandbox.region;
  world.env.AWS_DEFAULT_REGION = world.sandbox.region;
  // The robot's seed file, where the recipe's mfa_process reads it (relative to the working folder).
  writeFileSync(join(world.home, "robot.seed"), `${users[1]!.seed}\n`, { mode: 0o600 });
  // A person at a VS Code window: answers each prompt with the current code of that device.
  const secret = createPromptSecret();
  const { socketPath } = await preparePromptSocket({ id: "readme", homedir: world.home });
  server = await startPromptServer({
    socketPath, secret,
    onCodeRequest: async (request) => {
      asked.push(request.mfaSerial);
      const user = users.find((u) => u.mfaSerial === request.mfaSerial);
      if (!user) throw new Error(`unexpected device ${request.mfaSerial}`);
      return generateTotp(user.seed, { timeMs: Date.now() });
    },
  });
  world.env.MFA_SESSION_VSCODE_IPC = formatPromptServerEnv({ socketPath, secret });
});

afterAll(async () => {
  await server?.close();
  await world?.stop();
});

describe("README", () => {
  it("has runnable blocks for every recipe that can run here", () => {
    const blocks = runnableBlocks(readme);
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(blocks.map((b) => b.body).join("")).toContain("mfa-session configure");
  });

  it("runs every runnable block line by line against the sandbox, asking for one code per device", async () => {
    const identities: string[] = [];
    for (const block of runnableBlocks(readme)) {
      if (block.language === "ini") {
        await applyIni(block.body);
        continue;
      }
      for (const line of block.body.split("\n").filter((l) => l.trim() !== "" && !l.trim().startsWith("#"))) {
        const result = await world.run("/bin/sh", ["-c", line], block.inRepo
          // `npm install -g` goes to a private prefix (npm_config_prefix), first on PATH, never the machine's.
          ? { cwd: root, env: { ...world.env, npm_config_prefix: npmPrefix, PATH: `${join(npmPrefix, "bin")}:${world.env.PATH}` }, detached: true, timeoutMs: 120_000 }
          : { cwd: world.home, detached: true, timeoutMs: 60_000 });
        expect(result.code, `${line}\n${result.stderr}`).toBe(0);
        if (line.includes("get-caller-identity")) identities.push(JSON.parse(result.stdout).Arn);
        if (line === "mfa-session --version") expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
      }
    }
    expect(identities).toEqual([
      "arn:aws:iam::123456789012:user/alice",
      expect.stringMatching(/^arn:aws:sts::123456789012:assumed-role\/ReadOnly\//),
      "arn:aws:iam::123456789012:user/ci-robot",
    ]);
    // dev, prod-admin and prod-read share alice's MFA session: one code; the robot's comes from mfa_process.
    expect(asked).toEqual([users[0]!.mfaSerial]);
    expect(existsSync(join(npmPrefix, "bin", "mfa-session"))).toBe(true);
    await world.assertClean(["dev", "prod-admin", "prod-read", "ci"]);
  }, 180_000);

  it("quotes troubleshooting messages that the code still prints", () => {
    const section = readme.slice(readme.indexOf("## Troubleshooting"), readme.indexOf("\n## ", readme.indexOf("## Troubleshooting") + 5));
    const headings = [...section.matchAll(/^### `(.+)`$/gm)].map((m) => m[1]!);
    expect(headings.length).toBeGreaterThanOrEqual(8);
    const source = sourceText();
    for (const heading of headings) {
      for (const fragment of heading.split("…").map((part) => part.trim()).filter((part) => part.length >= 8)) {
        expect({ heading, found: source.includes(fragment) }).toEqual({ heading, found: true });
      }
    }
  });

  it("opens with the two commands CI runs, verbatim", () => {
    const [main, tests] = /```sh\n(.*?)\s+#.*\n(.*?)\s+#.*\n```/.exec(readme)!.slice(1);
    const ci = readFileSync(join(root, ".ci", "run"), "utf8");
    expect(main).toBe("npm install -g pnpm@10 && pnpm install && pnpm demo");
    expect(ci).toContain(`\n${main}\n`);
    expect(ci).toContain(`\n${tests}\n`);
  });
});

/** Pastes an ini block into the config, as a person would (the byte-preserving editor keeps the rest). */
async function applyIni(body: string): Promise<void> {
  let section = "";
  for (const line of body.split("\n")) {
    const header = /^\[(.+)\]$/.exec(line.trim());
    if (header) section = header[1]!;
    const setting = /^([\w-]+)\s*=\s*(.*)$/.exec(line.trim());
    if (setting) await world.setConfig(section, [{ key: setting[1]!, value: setting[2]! }]);
  }
}

function sourceText(): string {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".ts") && !name.endsWith(".test.ts")) texts.push(readFileSync(path, "utf8"));
    }
  };
  for (const dir of ["packages/core/src", "apps/cli/src"]) walk(join(root, dir));
  return texts.join("\n");
}
