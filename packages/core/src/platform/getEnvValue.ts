// Reads one environment variable the way the platform names them: on Windows names are
// case-insensitive (`SystemRoot`, `USERPROFILE`), and a copied process.env keeps whatever case it had.
import type { Env } from "../config/Env.js";

export function getEnvValue(env: Env, name: string, platform: NodeJS.Platform): string | undefined {
  if (platform !== "win32") return env[name];
  if (env[name] !== undefined) return env[name];
  const upper = name.toUpperCase();
  const key = Object.keys(env).find((candidate) => candidate.toUpperCase() === upper && env[candidate] !== undefined);
  return key === undefined ? undefined : env[key];
}
