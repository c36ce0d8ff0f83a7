// Reads one environment variable the way the platform names them: on Windows names are
// case-insensitive (`Path`, `PATH`, `SystemRoot`, `USERPROFILE`), and a copied process.env keeps
// whatever case it had. The one place for it, in core and in the CLI (PATH lookup, exec, the demo).
import type { Env } from "../config/Env.js";

export function getEnvValue(env: Env, name: string, platform: NodeJS.Platform): string | undefined {
  if (platform !== "win32") return env[name];
  const key = getEnvKey(env, name, platform);
  return key === undefined ? undefined : env[key];
}

/** The key under which `name` is set in `env`, in the case it is spelt there (the exact name first, on Windows). */
export function getEnvKey(env: Env, name: string, platform: NodeJS.Platform): string | undefined {
  if (platform !== "win32" || env[name] !== undefined) return name in env ? name : undefined;
  const upper = name.toUpperCase();
  return Object.keys(env).find((key) => key.toUpperCase() === upper && env[key] !== undefined);
}
