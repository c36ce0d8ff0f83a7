/** Environment variables as core reads them: injected, never `process.env` directly. */
export type Env = Readonly<Record<string, string | undefined>>;
