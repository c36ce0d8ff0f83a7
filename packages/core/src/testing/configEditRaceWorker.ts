// A child process for the multi-process config edit tests: one core operation that writes
// ~/.aws/config, given as JSON in argv[2] (see ConfigEditRaceWorkerConfig): "set" is setProfileValues
// (what recordMfaSerial and the demo call), "configure" is planProfileEdit then write (the CLI's
// configure and the extension's Configure Profile).
import { planProfileEdit } from "../configEdit/planProfileEdit.js";
import { setProfileValues } from "../configEdit/setProfileValues.js";

export interface ConfigEditRaceWorkerConfig {
  op: "set" | "configure";
  profile: string;
  env: Record<string, string>;
  homedir: string;
}

async function main(config: ConfigEditRaceWorkerConfig): Promise<void> {
  const { env, homedir, profile } = config;
  if (config.op === "set") {
    await setProfileValues({ env, homedir, profile, values: { region: "eu-west-1", mfa_process: `echo ${profile}` } });
    return;
  }
  const plan = await planProfileEdit({
    profile, sourceProfile: "keys", mfaSerial: "arn:aws:iam::123456789012:mfa/race", command: ["mfa-session"], platform: "posix",
  }, { env, homedir });
  await plan.write();
}

const config = JSON.parse(process.argv[2] ?? "{}") as ConfigEditRaceWorkerConfig;
main(config).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? `${error.name}: ${error.message}` : "failed"}\n`);
  process.exitCode = 1;
});
