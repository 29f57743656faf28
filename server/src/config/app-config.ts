import path from 'node:path';

export type AppConfig = {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Where to connect; absent means "start an embedded PostgreSQL under dataDir". */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  /** The built dashboard (web/dist); absent when it has not been built. */
  webDistDir: string | undefined;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * Reads and checks every variable at once, so that one start-up reports every mistake.
 * Throws ConfigError naming each bad variable; never returns a half-valid config.
 */
export function loadConfig(env: Env = process.env, defaults: { webDistDir?: string } = {}): AppConfig {
  const problems: string[] = [];
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development', problems);
  const port = portNumber(env, 'PORT', 3000, problems);
  const embeddedPostgresPort = portNumber(env, 'EMBEDDED_PG_PORT', 54329, problems);
  const host = nonEmpty(env, 'HOST', '127.0.0.1');
  const databaseUrl = postgresUrl(env, 'DATABASE_URL', problems);
  const dataDir = path.resolve(nonEmpty(env, 'DATA_DIR', './.data'));
  const webDistDir = env.WEB_DIST_DIR?.trim() ? path.resolve(env.WEB_DIST_DIR.trim()) : defaults.webDistDir;

  if (problems.length > 0) throw new ConfigError(problems);
  return { nodeEnv, host, port, databaseUrl, dataDir, embeddedPostgresPort, webDistDir };
}

function nonEmpty(env: Env, name: string, fallback: string): string {
  const value = env[name]?.trim();
  return value ? value : fallback;
}

function portNumber(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > 65535) {
    problems.push(`${name} must be a whole number from 1 to 65535 (got "${raw}")`);
    return fallback;
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
  return fallback;
}

function postgresUrl(env: Env, name: string, problems: string[]): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`${name} is not a URL (expected postgres://user:password@host:5432/database)`);
    return undefined;
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    problems.push(`${name} must start with postgres:// or postgresql:// (got "${url.protocol}//")`);
    return undefined;
  }
  if (!url.hostname || url.pathname.length <= 1) {
    problems.push(`${name} must name a host and a database (postgres://user:password@host:5432/database)`);
    return undefined;
  }
  return raw;
}
