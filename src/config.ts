// Settings from the environment, with embedded defaults so a fresh clone runs without any.
import { type UploadLimits, uploadLimitsFromEnv } from './sources/upload/limits.ts';

export interface Config {
  port: number;
  host: string;
  /** PGlite data directory (used when no databaseUrl). */
  dataDir: string;
  databaseUrl: string | undefined;
  /**
   * DATABASE_OWNER_URL: the owner role's connection (PostgreSQL). When set, migrations run with it and the server
   * works through DATABASE_URL as the application role, which cannot rewrite the audit log. Unset: one role.
   */
  databaseOwnerUrl?: string;
  /** PostgreSQL schema (tests isolate runs in their own schema). */
  databaseSchema: string | undefined;
  /**
   * TRUST_PROXY: behind which proxies the client address is read from X-Forwarded-For (Fastify's trustProxy):
   * `true`, a number of hops, or addresses/CIDRs separated by commas. Unset: the socket's address.
   */
  trustProxy?: boolean | number | string;
  /** Bounds of a partner upload (JUISTEPLEK_UPLOAD_*); unset ones keep DEFAULT_UPLOAD_LIMITS. */
  uploadLimits?: Partial<UploadLimits>;
}

/** TRUST_PROXY as Fastify's trustProxy: unset or '' → false; 'true' → true; digits → hops; else the list. */
export function trustProxyFrom(value: string | undefined): boolean | number | string {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false' || text === '0') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  return text;
}

export class ConfigError extends Error {}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT: '${env.PORT}' is geen geldig poortnummer (0–65535)`);
  }
  if (env.DATABASE_OWNER_URL && !env.DATABASE_URL)
    throw new ConfigError('DATABASE_OWNER_URL: zet ook DATABASE_URL (de verbinding van de applicatierol)');
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: env.JUISTEPLEK_DATA_DIR || '.juisteplek',
    databaseUrl: env.DATABASE_URL || undefined,
    databaseOwnerUrl: env.DATABASE_OWNER_URL || undefined,
    databaseSchema: env.DATABASE_SCHEMA || undefined,
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    uploadLimits: uploadLimitsOrError(env),
  };
}

function uploadLimitsOrError(env: NodeJS.ProcessEnv): Partial<UploadLimits> {
  try {
    return uploadLimitsFromEnv(env);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}
