import { type Env, onOff, wholeNumber } from './env-values.js';

/**
 * The retention schedule (issue 18): how long each class of personal data is kept. The defaults
 * live here once; app-config reads the variables, docs/data-protection.md's table is generated
 * from RETENTION_CLASSES (a test compares the two), and the admin page shows what is configured.
 */
export const RETENTION_CLASSES = [
  {
    key: 'harmless',
    variable: 'RETENTION_HARMLESS_DAYS',
    label: 'Harmless and never acted on',
    from: 'ingestion',
    defaultDays: 30,
  },
  {
    key: 'flagged',
    variable: 'RETENTION_FLAGGED_DAYS',
    label: 'Flagged by the classifier but never acted on',
    from: 'ingestion',
    defaultDays: 365,
  },
  {
    key: 'acted',
    variable: 'RETENTION_ACTED_DAYS',
    label: 'Reviewed, hidden or marked (no case)',
    from: 'ingestion',
    defaultDays: 365,
  },
  {
    key: 'closedCase',
    variable: 'RETENTION_CLOSED_CASE_DAYS',
    label: 'Closed cases, with their post',
    from: 'closing',
    defaultDays: 2192,
  },
  {
    key: 'auditLog',
    variable: 'RETENTION_AUDIT_DAYS',
    label: 'The audit log',
    from: 'the action',
    defaultDays: 2557,
  },
  {
    key: 'rawPayload',
    variable: 'RETENTION_RAW_PAYLOAD_DAYS',
    label: 'Raw platform payloads (quarantined items)',
    from: 'receipt',
    defaultDays: 7,
  },
] as const;

export type RetentionClassKey = (typeof RETENTION_CLASSES)[number]['key'];

/** Days kept per class; a post under an open case or a legal hold is never due, whatever these say. */
export type RetentionConfig = {
  days: Record<RetentionClassKey, number>;
  /** RETENTION_JOB: run the nightly schedule in this process (off in tests, which run it by hand). */
  job: boolean;
  /** RETENTION_BATCH_SIZE: rows deleted per statement, so no pass holds long locks. */
  batchSize: number;
  /** DELETION_CHECK: run the daily platform deletion check in this process (off in tests). */
  deletionCheck: boolean;
  /** DELETION_CHECK_DAYS: how far back stored posts are re-checked with their platform. */
  deletionCheckDays: number;
  /** DELETION_CHECK_RETRY_MINUTES: the first wait after a failed check, doubling per failure up to a day. */
  deletionCheckRetryMinutes: number;
  /**
   * SUPPRESSION_KEY: the key of the suppression list's hashes (at least 32 characters). Unset, it is
   * derived from the audit key, which is fine for dev and demo; production needs its own, so that
   * rotating AUDIT_KEY does not orphan the list (privacy/suppression-key.ts).
   */
  suppressionKey: string | undefined;
};

/** The longest any class may be set to: a century is a typo, not a policy. */
export const RETENTION_MAX_DAYS = 36_500;

function days(env: Env, name: string, fallback: number, problems: string[]): number {
  return wholeNumber(env, name, fallback, 1, RETENTION_MAX_DAYS, problems, 'days');
}

function minutes(env: Env, name: string, fallback: number, problems: string[]): number {
  return wholeNumber(env, name, fallback, 5, 1440, problems, 'minutes');
}

function suppressionKey(env: Env, required: boolean, problems: string[]): string | undefined {
  const key = env.SUPPRESSION_KEY?.trim() || undefined;
  if (key !== undefined && key.length < 32)
    problems.push('SUPPRESSION_KEY must be at least 32 characters (for example: openssl rand -base64 48)');
  if (key === undefined && required)
    problems.push(
      'SUPPRESSION_KEY is required in production with DATABASE_URL: erased authors are remembered under it, and rotating AUDIT_KEY must not forget them',
    );
  return key;
}

/** Reads every retention variable, adding a line to `problems` for each bad one. */
export function retentionConfig(
  env: Env,
  runJobs: boolean,
  problems: string[],
  options: { productionDatabase?: boolean } = {},
): RetentionConfig {
  const entries = RETENTION_CLASSES.map((c) => [c.key, days(env, c.variable, c.defaultDays, problems)] as const);
  const byClass = Object.fromEntries(entries) as Record<RetentionClassKey, number>;
  // Acting on a post must never shorten its life below that of one nobody looked at.
  if (byClass.acted < byClass.harmless)
    problems.push('RETENTION_ACTED_DAYS must not be shorter than RETENTION_HARMLESS_DAYS');
  const batchRaw = env.RETENTION_BATCH_SIZE?.trim();
  let batchSize = 1000;
  if (batchRaw) {
    const value = Number(batchRaw);
    if (!/^\d+$/.test(batchRaw) || value < 1 || value > 100_000)
      problems.push(`RETENTION_BATCH_SIZE must be a whole number from 1 to 100000 (got "${batchRaw}")`);
    else batchSize = value;
  }
  return {
    days: byClass,
    job: onOff(env, 'RETENTION_JOB', runJobs, problems),
    batchSize,
    deletionCheck: onOff(env, 'DELETION_CHECK', runJobs, problems),
    deletionCheckDays: days(env, 'DELETION_CHECK_DAYS', 30, problems),
    deletionCheckRetryMinutes: minutes(env, 'DELETION_CHECK_RETRY_MINUTES', 15, problems),
    suppressionKey: suppressionKey(env, options.productionDatabase === true, problems),
  };
}
