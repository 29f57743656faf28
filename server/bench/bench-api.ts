import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConsoleLogger, type INestApplication, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config.js';
import { createApp } from '../src/create-app.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { UsersService } from '../src/users/users.service.js';
import { freePort } from '../src/common/free-port.js';
import { benchTriage } from './triage-bench.js';
import { selectRow } from '../src/database/sql.js';

/**
 * npm run bench:api [-- --mentions 1000000 --runs 30 --connections 10 --seconds 10]
 * Seeds a year of mentions and their classifications with generate_series into a throwaway embedded
 * PostgreSQL (or the empty database at BENCH_DATABASE_URL) and starts the real app. Signs in as a
 * manager and times each trends endpoint over HTTP: median and 95th percentile of `runs` requests
 * after 3 warm-up requests. Then signs in as comms and loads the triage endpoints with concurrent
 * clients (triage-bench.ts).
 */

/** Errors and warnings only: the timings are the output. */
class BenchLogger extends ConsoleLogger {
  constructor() {
    super('Bench', { logLevels: ['error', 'warn'] });
  }
}

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const londonDay = (offsetDays: number): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

async function seed(db: DataSource, mentions: number, ownerUrl: string | undefined): Promise<void> {
  const chunk = 100_000;
  for (let start = 1; start <= mentions; start += chunk) {
    const end = Math.min(mentions, start + chunk - 1);
    const began = Date.now();
    // Spread evenly over the last 365 days; ~15% flagged; three platforms; most triaged; one post in
    // 1,000 says "tribunal" (a selective search term).
    await db.query(
      `INSERT INTO mentions (platform, external_id, author_id, author_handle, text, posted_at, ingested_at,
                             top_category, status, hidden, risk_score)
       SELECT (ARRAY['x', 'mastodon', 'bluesky'])[1 + g % 3],
              'bench-' || g,
              'author-id-' || (g % 5000),
              'author' || (g % 5000),
              'Post ' || g || ' about the Open University ' ||
                (ARRAY['#OUstudent', '#exams', '#openuniversity', '', 'see https://www.example.org/a', ''])[1 + g % 6] ||
                CASE WHEN g % 1000 = 0 THEN ' before the tribunal' ELSE '' END,
              posted,
              posted + (g % 600) * interval '1 second',
              CASE WHEN g % 7 = 0 THEN (ARRAY['confidential', 'litigation', 'disrepute', 'personal_data',
                                             'safeguarding', 'academic_misconduct'])[1 + (g / 7) % 6] END,
              (ARRAY['new', 'reviewed', 'reviewed', 'escalated', 'hidden'])[1 + g % 5],
              g % 5 = 4,
              CASE WHEN g % 7 = 0 THEN 0.5 + (g % 50) / 100.0 ELSE (g % 40) / 100.0 END
       FROM generate_series($1::int, $2::int) AS g,
            LATERAL (SELECT now() - (g::float8 / $3) * interval '365 days' AS posted) p`,
      [start, end, mentions],
    );
    console.log(`seeded ${end} mentions (${Date.now() - began} ms for this chunk)`);
  }
  // What classify leaves: the top category with its evidence, and a weaker second one on a third of them.
  await db.query(`
    INSERT INTO classifications (mention_id, category, score, evidence, model_version)
    SELECT id, top_category, risk_score,
           jsonb_build_array(jsonb_build_object('start', 0, 'end', 4, 'text', 'Post', 'reason', top_category || '_term')),
           'bench-1'
      FROM mentions WHERE top_category IS NOT NULL`);
  await db.query(`
    INSERT INTO classifications (mention_id, category, score, model_version)
    SELECT id, CASE WHEN top_category = 'disrepute' THEN 'confidential' ELSE 'disrepute' END, 0.3, 'bench-1'
      FROM mentions WHERE top_category IS NOT NULL AND id % 3 = 0`);
  await db.query(`
    INSERT INTO mention_marks (mention_id, mark, created_at)
    SELECT id, 'no_action', ingested_at + (id % 7200) * interval '1 second' FROM mentions WHERE id % 50 = 0`);
  await db.query(`
    INSERT INTO escalations (mention_id, reason, severity, evidence, evidence_sha256, created_at)
    SELECT id, 'bench', 'high', '{}'::jsonb, 'x', posted_at FROM mentions WHERE id % 500 = 0`);
  // Statistics are the owner's to gather: as the app's role, VACUUM ANALYZE skips every table (no plans fit).
  if (ownerUrl) {
    const owner = await new DataSource({ type: 'postgres', url: ownerUrl }).initialize();
    await owner.query('VACUUM ANALYZE');
    await owner.destroy();
  } else {
    await db.query('VACUUM ANALYZE');
  }
}

/** Creates a user and signs in over HTTP; returns the session cookie. */
async function signIn(app: INestApplication, base: string, role: 'manager' | 'comms') {
  const password = 'bench password, long enough';
  const email = `bench.${role}.${Date.now()}@open.ac.uk`;
  const { user } = await app
    .get(UsersService)
    .create({ id: null, email: 'bench' }, { email, role, displayName: `Bench ${role}`, password });
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`sign-in as ${role} failed: ${login.status}`);
  return { cookie: (login.headers.get('set-cookie') ?? '').split(';')[0]!, userId: user.id };
}

async function main(): Promise<void> {
  const mentions = flag('mentions', 1_000_000);
  const runs = flag('runs', 30);
  const logger = new Logger('Bench');
  const dir = await mkdtemp(path.join(tmpdir(), 'ou-bench-api-'));
  await chmod(dir, 0o755); // as root, embedded-postgres runs initdb as the postgres user
  const external = process.env.BENCH_DATABASE_URL?.trim();
  const embedded = external ? undefined : await startEmbeddedPostgres(path.join(dir, 'data'), await freePort(), logger);
  // As the owner: the seed's VACUUM ANALYZE needs it, and the migrations run as this role.
  const databaseUrl = external ?? embedded!.ownerUrl;
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    // The app's role owns nothing: the server migrates as the owner, as it does at start-up.
    ...(embedded ? { DATABASE_OWNER_URL: embedded.ownerUrl } : {}),
    NODE_ENV: 'production',
    // Production wants the audit chain's and the suppression list's keys outside the database:
    // throwaway ones for a throwaway database.
    AUDIT_KEY: randomBytes(32).toString('hex'),
    SUPPRESSION_KEY: randomBytes(32).toString('hex'),
    AUDIT_CHECKPOINT_FILE: path.join(dir, 'audit-checkpoints.jsonl'),
    DATA_DIR: dir,
    ADMIN_BOOTSTRAP: 'off',
    DEMO: 'off',
    INGEST_SCHEDULER: 'off',
    SPIKE_ALERTS: 'off',
    // The author-flags pass reads every new mention: during the seed it deadlocked with the bulk
    // inserts, and while timing it would be load the endpoints do not cause.
    PLATFORM_ACTIONS_JOB: 'off',
    // The retention pass would delete the seed's year of harmless posts while it is being written.
    RETENTION_JOB: 'off',
  });
  const app = await createApp(config, databaseUrl, { logger: new BenchLogger() });
  try {
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    const base = `http://127.0.0.1:${port}`;
    const db = app.get(DataSource);
    const seededAt = Date.now();
    await seed(db, mentions, embedded?.ownerUrl);
    console.log(`seeding took ${((Date.now() - seededAt) / 1000).toFixed(1)} s`);
    const rollup = await selectRow<{ n: number }>(db, `SELECT count(*)::int AS n FROM mention_daily_counts`);
    console.log(`rollup rows: ${rollup!.n}`);
    const count = (sql: string) => selectRow<{ n: number }>(db, sql);
    const authorDays = await count(`SELECT count(*)::int AS n FROM mention_author_days`);
    const flaggedDays = await count(`SELECT count(*)::int AS n FROM mention_author_days WHERE flagged > 0`);
    const authors = await count(`SELECT count(*)::int AS n FROM mention_author_flagged`);
    console.log(
      `author-day rollup rows: ${authorDays!.n} (${flaggedDays!.n} with flagged posts); flagged authors' totals: ${authors!.n}`,
    );

    const { cookie } = await signIn(app, base, 'manager');

    const year = `from=${londonDay(-364)}&to=${londonDay(0)}`;
    const month = `from=${londonDay(-29)}&to=${londonDay(0)}`;
    const endpoints: [string, string][] = [
      ['volume 365d day by category', `/api/trends/volume?${year}&interval=day&groupBy=category`],
      ['volume 365d week by platform', `/api/trends/volume?${year}&interval=week&groupBy=platform`],
      ['escalations 365d day', `/api/trends/escalations?${year}&interval=day`],
      ['summary 30d (+ previous 30d)', `/api/trends/summary?${month}`],
      ['summary 365d (+ previous 365d)', `/api/trends/summary?${year}`],
      ['top authors 30d', `/api/trends/top?${month}&by=author`],
      ['top hashtags 30d', `/api/trends/top?${month}&by=hashtag`],
      ['top domains 30d', `/api/trends/top?${month}&by=domain`],
      ['top authors 365d', `/api/trends/top?${year}&by=author`],
      ['top hashtags 365d', `/api/trends/top?${year}&by=hashtag`],
      ['top domains 365d', `/api/trends/top?${year}&by=domain`],
      ['export.csv volume 365d', `/api/trends/export.csv?${year}&dataset=volume&groupBy=category`],
      ['alerts', `/api/trends/alerts`],
    ];
    console.log(`\n${mentions} mentions, ${runs} runs per endpoint after 3 warm-up runs (ms over HTTP)`);
    console.log(`${'endpoint'.padEnd(34)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`);
    for (const [name, url] of endpoints) {
      const times: number[] = [];
      for (let i = 0; i < runs + 3; i++) {
        const began = process.hrtime.bigint();
        const res = await fetch(`${base}${url}`, { headers: { Cookie: cookie } });
        await res.text();
        const ms = Number(process.hrtime.bigint() - began) / 1e6;
        if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status}`);
        if (i >= 3) times.push(ms);
      }
      times.sort((a, b) => a - b);
      const fmt = (n: number) => n.toFixed(1).padStart(8);
      console.log(
        `${name.padEnd(34)} ${fmt(percentile(times, 50))} ${fmt(percentile(times, 95))} ${fmt(times[times.length - 1]!)}`,
      );
    }

    await benchTriage(app, db, base, await signIn(app, base, 'comms'), {
      connections: flag('connections', 10),
      seconds: flag('seconds', 10),
    });
  } finally {
    await app.close();
    await embedded?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
