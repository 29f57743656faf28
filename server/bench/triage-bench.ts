import type { INestApplication } from '@nestjs/common';
import autocannon from 'autocannon';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { MentionsService, type ListQuery } from '../src/mentions/mentions.service.js';
import { selectRow, selectRows } from '../src/database/sql.js';

/**
 * The triage half of bench:api (issue 6, Performance): each queue endpoint under concurrent clients
 * (autocannon), then the SQL the service ran for the same request, each statement re-run under
 * EXPLAIN ANALYZE, so the API's own overhead over the database shows.
 */

type Case = {
  name: string;
  /** paths requested in turn (one path, or a rotation through ids) */
  paths: string[];
  /** the same request made in-process, with the queries it runs captured */
  call: (service: MentionsService, userId: string) => Promise<unknown>;
};

type CapturedQuery = { sql: string; parameters: unknown[] };

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** autocannon's histogram has no p95, so every response time is kept. */
async function load(
  base: string,
  cookie: string,
  paths: string[],
  connections: number,
  seconds: number,
): Promise<{ times: number[]; failures: number }> {
  const times: number[] = [];
  let next = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        headers: { cookie },
        requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }],
      },
      (error: unknown, done) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
  return { times: times.sort((a, b) => a - b), failures: result.non2xx + result.errors };
}

/** Every statement the service runs for one call, via TypeORM's query logger (only this call is in flight). */
async function captureQueries(db: DataSource, call: () => Promise<unknown>): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = [];
  const original = db.logger;
  const capturing: TypeOrmLogger = {
    logQuery: (sql, parameters) => void captured.push({ sql, parameters: Array.isArray(parameters) ? parameters : [] }),
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: (...args) => original.log(...args),
  };
  db.logger = capturing;
  try {
    await call();
  } finally {
    db.logger = original;
  }
  return captured;
}

/** The database's own execution time for each statement, median of five EXPLAIN ANALYZE runs. */
async function explainMs(db: DataSource, queries: CapturedQuery[]): Promise<number[]> {
  const result: number[] = [];
  for (const { sql, parameters } of queries) {
    const runs: number[] = [];
    // A planner estimate is itself an EXPLAIN: timed as the round trip it is.
    if (/^\s*EXPLAIN/.test(sql)) {
      for (let i = 0; i < 5; i++) {
        const began = process.hrtime.bigint();
        await db.query(sql, parameters);
        runs.push(Number(process.hrtime.bigint() - began) / 1e6);
      }
      result.push(runs.sort((a, b) => a - b)[2]!);
      continue;
    }
    for (let i = 0; i < 5; i++) {
      const row = await selectRow<{ 'QUERY PLAN': [{ 'Execution Time': number; 'Planning Time': number }] }>(
        db,
        `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
        parameters,
      );
      const plan = row!['QUERY PLAN'][0];
      runs.push(plan['Execution Time'] + plan['Planning Time']);
    }
    result.push(runs.sort((a, b) => a - b)[2]!);
  }
  return result;
}

/** A short label for a statement: its first table and what it is for. */
function label(sql: string): string {
  const compact = sql.replace(/\s+/g, ' ').trim();
  if (/^SELECT m\.id::text AS id, false AS pinned/.test(compact)) return 'page keys (newest)';
  if (/^SELECT page\.id::text AS id/.test(compact)) return 'page keys (risk, pinned first)';
  if (/FROM mention_daily_counts/.test(compact)) return 'counts (from the rollups)';
  if (/^WITH matched AS/.test(compact)) return 'counts (one pass, to 1,001)';
  if (/^SELECT jsonb_build_object/.test(compact)) return 'per category (each to 1,001)';
  if (/^EXPLAIN \(FORMAT JSON\)/.test(compact)) return 'planner estimate';
  if (/jsonb_agg/.test(compact)) return 'mention rows (items)';
  if (/FROM audit_log/.test(compact)) return 'history (audit rows)';
  if (/FROM notes n/.test(compact)) return 'notes';
  if (/FROM mention_marks mm LEFT JOIN users u ON u\.id = mm\.user_id WHERE/.test(compact)) return 'marks';
  if (/FROM mentions WHERE platform = \$1 AND author_id/.test(compact)) return "author's recent mentions";
  if (/queue_seen_at FROM users/.test(compact)) return 'last seen';
  if (/m\.ingested_at >/.test(compact)) return 'new since last seen';
  if (/^SELECT count\(\*\)::int AS n FROM \(SELECT FROM mentions m/.test(compact)) return 'one category (to 1,001)';
  return compact.slice(0, 40);
}

export async function benchTriage(
  app: INestApplication,
  db: DataSource,
  base: string,
  session: { cookie: string; userId: string },
  options: { connections: number; seconds: number },
): Promise<void> {
  const service = app.get(MentionsService);
  // Detail views rotate through flagged mentions across the year, each with a mark and classifications.
  const detailIds = (
    await selectRows<{ id: string }>(
      db,
      `SELECT id::text FROM mentions WHERE top_category IS NOT NULL AND id % 50 = 0 ORDER BY id LIMIT 200`,
    )
  ).map((r) => r.id);
  const list = (query: ListQuery) => (s: MentionsService, me: string) => s.list(query, me);
  const cases: Case[] = [
    { name: 'queue, default (risk, 50)', paths: ['/api/mentions'], call: list({}) },
    {
      name: 'queue, ?category=litigation',
      paths: ['/api/mentions?category=litigation'],
      call: list({ category: ['litigation'] }),
    },
    { name: 'queue, ?q=tribunal (1,000 hits)', paths: ['/api/mentions?q=tribunal'], call: list({ q: 'tribunal' }) },
    { name: 'queue, ?q=exams (~1/6 of rows)', paths: ['/api/mentions?q=exams'], call: list({ q: 'exams' }) },
    { name: 'queue, ?sort=newest', paths: ['/api/mentions?sort=newest'], call: list({ sort: 'newest' }) },
    {
      name: 'detail /api/mentions/:id',
      paths: detailIds.map((id) => `/api/mentions/${id}`),
      call: (s) => s.detail(detailIds[0]!),
    },
    { name: 'summary (counts per category)', paths: ['/api/mentions/summary'], call: (s, me) => s.summary({}, me) },
    {
      name: 'summary, ?q=tribunal',
      paths: ['/api/mentions/summary?q=tribunal'],
      call: (s, me) => s.summary({ q: 'tribunal' }, me),
    },
    {
      name: 'summary, ?q=exams',
      paths: ['/api/mentions/summary?q=exams'],
      call: (s, me) => s.summary({ q: 'exams' }, me),
    },
  ];

  const { connections, seconds } = options;
  const fmt = (n: number) => n.toFixed(1).padStart(8);
  console.log(`\nTriage API: ${connections} concurrent connections for ${seconds} s per endpoint (ms over HTTP);`);
  console.log(`"alone": p50 with one connection for 3 s, the latency without queueing behind other clients`);
  console.log(
    `${'endpoint'.padEnd(34)} ${'requests'.padStart(8)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)} ${'alone'.padStart(8)}  target p95 < 100`,
  );
  const alone = new Map<string, number>();
  for (const c of cases) {
    await load(base, session.cookie, c.paths, connections, 2); // warm-up
    const { times, failures } = await load(base, session.cookie, c.paths, connections, seconds);
    const single = await load(base, session.cookie, c.paths, 1, 3);
    if (failures + single.failures > 0 || times.length === 0 || single.times.length === 0)
      throw new Error(`${c.name}: ${failures + single.failures} failed requests`);
    const p95 = percentile(times, 95);
    alone.set(c.name, percentile(single.times, 50));
    console.log(
      `${c.name.padEnd(34)} ${String(times.length).padStart(8)} ${fmt(percentile(times, 50))} ${fmt(p95)} ${fmt(times.at(-1)!)} ${fmt(alone.get(c.name)!)}  ${p95 < 100 ? 'ok' : 'MISSED'}`,
    );
  }

  console.log(`\nThe same requests in-process, one at a time: each statement's EXPLAIN ANALYZE time`);
  console.log(`(planning + execution, median of 5), against the HTTP p50 of one connection alone`);
  // autocannon stops with requests still in flight; their queries must not land in the capture.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  for (const c of cases) {
    const queries = await captureQueries(db, () => c.call(service, session.userId));
    const times = await explainMs(db, queries);
    const total = times.reduce((a, b) => a + b, 0);
    console.log(
      `${c.name}: database ${total.toFixed(1)} ms in ${queries.length} statements; HTTP alone p50 ${alone.get(c.name)!.toFixed(1)} ms`,
    );
    queries.forEach((q, i) => console.log(`  ${label(q.sql).padEnd(32)} ${fmt(times[i]!)}`));
  }
}
