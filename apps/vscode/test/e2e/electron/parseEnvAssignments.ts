// Reads the fixture's environment in env(1) syntax (`-u NAME` removes, `NAME=VALUE` sets), the form
// scripts/e2eFixture.sh keeps it in so both lanes hand VS Code the same variables from one list.

/** NAME -> value; undefined means "remove from the inherited environment". */
export type EnvChanges = Record<string, string | undefined>;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseEnvAssignments(args: readonly string[]): EnvChanges {
  const changes: EnvChanges = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "-u") {
      const name = args[++i];
      if (name === undefined || !NAME.test(name)) throw new Error(`-u needs a variable name, got ${name ?? "nothing"}`);
      changes[name] = undefined;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(0, eq);
    if (eq < 1 || !NAME.test(name)) throw new Error(`expected NAME=VALUE or -u NAME, got ${JSON.stringify(arg)}`);
    changes[name] = arg.slice(eq + 1);
  }
  return changes;
}
