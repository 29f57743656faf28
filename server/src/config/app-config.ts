import path from 'node:path';
import { type CaseTargetsConfig, caseTargetsConfig } from './case-targets-config.js';
import { type BlueskyConfig, blueskyConfig, type MastodonConfig, mastodonConfig } from './mastodon-bluesky-config.js';
import { type OwnAccountsConfig, ownAccountsConfig } from './own-accounts-config.js';
import type { SafeguardingContact } from '@ou-listening/shared';
import { type RetentionConfig, retentionConfig } from './retention-schedule.js';
import { safeguardingContacts } from './safeguarding-config.js';
import { type TrendTargetsConfig, trendTargetsConfig } from './trend-targets-config.js';
import {
  type RedditConfig,
  redditConfig,
  type RssConfig,
  rssConfig,
  type YoutubeConfig,
  youtubeConfig,
} from './reddit-youtube-rss-config.js';
import { type Env, HTTP_URL, onOff, type UrlRule, urlOf, wholeNumber } from './env-values.js';

export type AppConfig = {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Where to connect; absent means "start an embedded PostgreSQL under dataDir". */
  databaseUrl: string | undefined;
  /**
   * DATABASE_OWNER_URL: the role that owns the schema and runs the migrations. The app itself then
   * connects as DATABASE_URL's role, which may only read and append to the audit log. Unset, one role
   * does both (and can rewrite the audit log); the embedded database always uses two.
   */
  databaseOwnerUrl: string | undefined;
  dataDir: string;
  audit: AuditConfig;
  embeddedPostgresPort: number;
  /** The built dashboard (web/dist); absent when it has not been built. */
  webDistDir: string | undefined;
  ingest: IngestConfig;
  auth: AuthConfig;
  notify: NotifyConfig;
  /** SPIKE_ALERTS: run the spike-alert job in this process (off in tests, which run it by hand). */
  spikeAlerts: boolean;
  /** The public report form (issue 17): proof of work, rate limit, OCR. */
  reports: ReportsConfig;
  /** The retention schedule and the platform deletion check (issue 18, config/retention-schedule.ts). */
  retention: RetentionConfig;
  /** The OU's own Facebook Page and Instagram account (issue 16, config/own-accounts-config.ts). */
  ownAccounts: OwnAccountsConfig;
  /** SAFEGUARDING_CONTACTS: shown beside every safeguarding mention (issue 19, config/safeguarding-config.ts). */
  safeguardingContacts: SafeguardingContact[];
  /** CASE_TARGET_*: how soon a case of each severity must be acknowledged (issue 19, config/case-targets-config.ts). */
  caseTargets: CaseTargetsConfig;
  /** Response targets drawn on Trends (issue 20, config/trend-targets-config.ts). */
  trendTargets: TrendTargetsConfig;
};

/** The audit chain's key and its checkpoints, kept outside the database (issue 12 §3). */
export type AuditConfig = {
  /** AUDIT_KEY: the HMAC key of the chain (at least 32 characters); unset, one is generated once into DATA_DIR/audit.key. */
  key: string | undefined;
  /** AUDIT_CHECKPOINT_FILE: where signed checkpoints (row count and head hash) are appended. */
  checkpointFile: string;
  /** AUDIT_CHECKPOINT_MINUTES: how often a checkpoint is written when the log has grown (0: only at shutdown). */
  checkpointMinutes: number;
};

/** Where escalation emails go. Without SMTP_URL they are stored and shown under the bell instead. */
export type NotifyConfig = {
  smtpUrl: string | undefined;
  from: string;
  escalationTo: string | undefined;
  safeguardingTo: string | undefined;
  /** SPIKE_EMAIL_TO: managers' address for spike alerts (the bell only when unset) */
  spikeTo: string | undefined;
  /** absolute base for links in emails */
  linkBase: string;
  /**
   * ESCALATION_DIGEST_MINUTES: escalations neither urgent nor safeguarding are emailed together,
   * once the oldest has waited this long; 0 emails each at once.
   */
  digestMinutes: number;
};

export type AuthConfig = {
  /** Create an admin with a printed password on the first start against an empty users table. */
  adminBootstrap: boolean;
  adminEmail: string;
  /** The dashboard's address as people's browsers see it (needed for SSO redirects). */
  publicUrl: string | undefined;
  /** Express "trust proxy": set when TLS ends at a proxy, so Secure cookies and client IPs are right. */
  trustProxy: string | undefined;
  /** OIDC single sign-on (Microsoft Entra ID in production); absent when not configured. */
  oidc: OidcConfig | undefined;
};

export type OidcConfig = { issuer: string; clientId: string; clientSecret: string; label: string };

/** Ingestion settings (DESIGN.md §5). Secrets come from here, never from the sources table. */
export type IngestConfig = {
  /** Enables the X source; absent means X is not polled. */
  xBearerToken: string | undefined;
  xApiBaseUrl: string;
  /** Mastodon instances (MASTODON_URL…); absent means Mastodon is not polled. */
  mastodon: MastodonConfig | undefined;
  /** Bluesky login (BLUESKY_HANDLE, BLUESKY_APP_PASSWORD…); absent means Bluesky is not polled. */
  bluesky: BlueskyConfig | undefined;
  /** Reddit client credentials (REDDIT_CLIENT_ID…); absent means Reddit is not polled. */
  reddit: RedditConfig | undefined;
  /** YouTube API key (YOUTUBE_API_KEY…); absent means YouTube is not polled. */
  youtube: YoutubeConfig | undefined;
  /** RSS and Atom feeds (RSS_FEEDS, RSS). */
  rss: RssConfig;
  /** The demo source replays its bundled corpus; on by default when no platform credentials are set. */
  demo: boolean;
  /** Poll sources on a timer in this process (off in tests, which run passes by hand). */
  scheduler: boolean;
  /** First wait before retrying a 5xx or network error; doubles each attempt, with jitter. */
  backoffBaseMs: number;
  /** Attempts per page before the run is failed. */
  maxAttempts: number;
  /** Pages per source per run; the rest waits for the next run. */
  maxPagesPerRun: number;
};

/** REPORT_*: the public report form's abuse limits and its screenshot OCR (issue 17). */
export type ReportsConfig = {
  /** REPORT_POW_COST: SHA-256 rounds per proof-of-work attempt */
  powCost: number;
  /** REPORT_POW_MAX_NUMBER: the secret counter is drawn from [max/2, max]: the work a browser does, on average */
  powMaxNumber: number;
  /** REPORT_POW_TTL_SECONDS: how long a challenge may be solved and redeemed */
  powTtlSeconds: number;
  /** REPORT_RATE_PER_HOUR: reports accepted from one client address in an hour */
  ratePerHour: number;
  /** REPORT_OCR: read the text in screenshots with tesseract.js (offline) and classify it too */
  ocr: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

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
  const databaseOwnerUrl = postgresUrl(env, 'DATABASE_OWNER_URL', problems);
  const dataDir = path.resolve(nonEmpty(env, 'DATA_DIR', './.data'));
  const audit = auditConfig(env, dataDir, nodeEnv, problems);
  const auth: AuthConfig = {
    adminBootstrap: oneOf(env, 'ADMIN_BOOTSTRAP', ['on', 'off'] as const, 'on', problems) === 'on',
    adminEmail: nonEmpty(env, 'ADMIN_EMAIL', 'admin@ou-listening.local'),
    publicUrl: undefined,
    trustProxy: undefined,
    oidc: undefined,
  };
  auth.publicUrl = env.PUBLIC_URL?.trim() ? httpUrl(env, 'PUBLIC_URL', '', problems) || undefined : undefined;
  auth.trustProxy = env.TRUST_PROXY?.trim() || undefined;
  auth.oidc = oidcConfig(env, auth.publicUrl, problems);
  if (!/^[^@\s]+@[^@\s]+$/.test(auth.adminEmail))
    problems.push(`ADMIN_EMAIL must be an email address (got "${auth.adminEmail}")`);
  const webDistDir = env.WEB_DIST_DIR?.trim() ? path.resolve(env.WEB_DIST_DIR.trim()) : defaults.webDistDir;
  const xBearerToken = env.X_BEARER_TOKEN?.trim() || undefined;
  const mastodon = mastodonConfig(env, problems);
  const bluesky = blueskyConfig(env, dataDir, problems);
  const reddit = redditConfig(env, problems);
  const youtube = youtubeConfig(env, problems);
  const rss = rssConfig(env, problems);
  const ingest: IngestConfig = {
    xBearerToken,
    xApiBaseUrl: httpUrl(env, 'X_API_BASE_URL', 'https://api.x.com', problems),
    mastodon,
    bluesky,
    reddit,
    youtube,
    rss,
    demo: onOff(
      env,
      'DEMO',
      xBearerToken === undefined && !mastodon && !bluesky && !reddit && !youtube && !rss.enabled,
      problems,
    ),
    scheduler: onOff(env, 'INGEST_SCHEDULER', nodeEnv !== 'test', problems),
    backoffBaseMs: wholeNumber(env, 'INGEST_BACKOFF_BASE_MS', 1_000, 0, 600_000, problems),
    maxAttempts: wholeNumber(env, 'INGEST_MAX_ATTEMPTS', 4, 1, 20, problems),
    maxPagesPerRun: wholeNumber(env, 'INGEST_MAX_PAGES_PER_RUN', 100, 1, 1_000_000, problems),
  };

  const notify = notifyConfig(env, auth.publicUrl ?? `http://localhost:${port}`, problems);

  const spikeAlerts = onOff(env, 'SPIKE_ALERTS', nodeEnv !== 'test', problems);
  const retention = retentionConfig(env, nodeEnv !== 'test', problems, {
    productionDatabase: nodeEnv === 'production' && !!env.DATABASE_URL?.trim(),
  });
  const ownAccounts = ownAccountsConfig(env, nodeEnv === 'test', problems);
  const trendTargets = trendTargetsConfig(env, problems);

  const reports = reportsConfig(env, problems);
  const safeguarding = safeguardingContacts(env, problems);
  const caseTargets = caseTargetsConfig(env, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    nodeEnv,
    host,
    port,
    databaseUrl,
    databaseOwnerUrl,
    dataDir,
    audit,
    embeddedPostgresPort,
    webDistDir,
    ingest,
    auth,
    notify,
    spikeAlerts,
    reports,
    retention,
    ownAccounts,
    safeguardingContacts: safeguarding,
    caseTargets,
    trendTargets,
  };
}

function reportsConfig(env: Env, problems: string[]): ReportsConfig {
  return {
    powCost: wholeNumber(env, 'REPORT_POW_COST', 2, 1, 100_000, problems),
    powMaxNumber: wholeNumber(env, 'REPORT_POW_MAX_NUMBER', 100_000, 10, 10_000_000, problems),
    powTtlSeconds: wholeNumber(env, 'REPORT_POW_TTL_SECONDS', 1_800, 30, 86_400, problems),
    ratePerHour: wholeNumber(env, 'REPORT_RATE_PER_HOUR', 20, 1, 100_000, problems),
    ocr: onOff(env, 'REPORT_OCR', true, problems),
  };
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

function httpUrl(env: Env, name: string, fallback: string, problems: string[]): string {
  const raw = env[name]?.trim();
  return raw ? (urlOf(name, raw, HTTP_URL, problems)?.origin ?? fallback) : fallback;
}

function auditConfig(env: Env, dataDir: string, nodeEnv: AppConfig['nodeEnv'], problems: string[]): AuditConfig {
  const key = env.AUDIT_KEY?.trim() || undefined;
  if (key !== undefined && key.length < 32)
    problems.push('AUDIT_KEY must be at least 32 characters (for example: openssl rand -base64 48)');
  if (key === undefined && nodeEnv === 'production' && env.DATABASE_URL?.trim())
    problems.push(
      'AUDIT_KEY is required in production with DATABASE_URL: the audit chain is keyed by it, and it must live outside the database',
    );
  return {
    key,
    checkpointFile: path.resolve(nonEmpty(env, 'AUDIT_CHECKPOINT_FILE', path.join(dataDir, 'audit-checkpoints.jsonl'))),
    checkpointMinutes: wholeNumber(env, 'AUDIT_CHECKPOINT_MINUTES', 5, 0, 1440, problems),
  };
}

const POSTGRES_URL: UrlRule = {
  schemes: ['postgres', 'postgresql'],
  expected: 'postgres://user:password@host:5432/database',
  secret: true,
};

function postgresUrl(env: Env, name: string, problems: string[]): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const url = urlOf(name, raw, POSTGRES_URL, problems);
  if (!url) return undefined;
  if (!url.hostname || url.pathname.length <= 1) {
    problems.push(`${name} must name a host and a database (postgres://user:password@host:5432/database)`);
    return undefined;
  }
  return raw;
}

/** All three OIDC variables or none; SSO also needs PUBLIC_URL for its redirect address. */
function oidcConfig(env: Env, publicUrl: string | undefined, problems: string[]): OidcConfig | undefined {
  const names = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;
  const [issuer, clientId, clientSecret] = names.map((name) => env[name]?.trim() || undefined);
  if (!issuer && !clientId && !clientSecret) return undefined;
  const missing = names.filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    problems.push(
      `${missing.join(', ')} must be set too: single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET`,
    );
    return undefined;
  }
  try {
    const url = new URL(issuer!);
    if (url.protocol !== 'https:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1')
      problems.push('OIDC_ISSUER must be an https:// URL');
  } catch {
    problems.push(`OIDC_ISSUER is not a URL (got "${issuer}")`);
  }
  if (!publicUrl) problems.push('PUBLIC_URL must be set when OIDC is configured (e.g. https://listening.open.ac.uk)');
  return {
    issuer: issuer!,
    clientId: clientId!,
    clientSecret: clientSecret!,
    label: env.OIDC_LABEL?.trim() || 'Microsoft',
  };
}

function notifyConfig(env: Env, linkBase: string, problems: string[]): NotifyConfig {
  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  if (smtpUrl) {
    try {
      const url = new URL(smtpUrl);
      if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
        problems.push(`SMTP_URL must start with smtp:// or smtps:// (got "${url.protocol}//")`);
    } catch {
      problems.push('SMTP_URL is not a URL (expected smtp://user:password@host:587)');
    }
  }
  const address = (name: string): string | undefined => {
    const value = env[name]?.trim() || undefined;
    if (value && !value.split(',').every((a) => /^[^@\s]+@[^@\s]+$/.test(a.trim())))
      problems.push(`${name} must be an email address, or several separated by commas (got "${value}")`);
    return value;
  };
  const escalationTo = address('ESCALATION_EMAIL_TO');
  const safeguardingTo = address('SAFEGUARDING_EMAIL_TO');
  const spikeTo = address('SPIKE_EMAIL_TO');
  if (smtpUrl && !escalationTo) problems.push('ESCALATION_EMAIL_TO must be set when SMTP_URL is set');
  return {
    smtpUrl,
    from: env.SMTP_FROM?.trim() || 'OU Social Listening <no-reply@ou-listening.local>',
    escalationTo,
    safeguardingTo,
    spikeTo,
    linkBase,
    digestMinutes: wholeNumber(env, 'ESCALATION_DIGEST_MINUTES', 60, 0, 1440, problems),
  };
}
