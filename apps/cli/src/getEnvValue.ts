// Reads one environment variable the way the platform names them: on Windows names are
// case-insensitive (`Path`, `PATH`, `ComSpec`), and a copied process.env keeps whatever case it had.
export function getEnvValue(env: NodeJS.ProcessEnv, name: string, platform: NodeJS.Platform): string | undefined {
  if (platform !== "win32") return env[name];
  const key = getEnvKey(env, name, platform);
  return key === undefined ? undefined : env[key];
}

/** The key under which `name` is set in `env`, in the case it is spelt there (the first, on Windows). */
export function getEnvKey(env: NodeJS.ProcessEnv, name: string, platform: NodeJS.Platform): string | undefined {
  if (platform !== "win32") return name in env ? name : undefined;
  const upper = name.toUpperCase();
  return Object.keys(env).find((key) => key.toUpperCase() === upper && env[key] !== undefined);
}
