// Settings from the environment, with embedded defaults so a fresh clone runs without any.

export interface Config {
  port: number;
  host: string;
  /** PGlite data directory (used when no databaseUrl). */
  dataDir: string;
  databaseUrl: string | undefined;
  /** PostgreSQL schema (tests isolate runs in their own schema). */
  databaseSchema: string | undefined;
}

export class ConfigError extends Error {}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT: '${env.PORT}' is geen geldig poortnummer (0–65535)`);
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: env.JUISTEPLEK_DATA_DIR || '.juisteplek',
    databaseUrl: env.DATABASE_URL || undefined,
    databaseSchema: env.DATABASE_SCHEMA || undefined,
  };
}
