import 'reflect-metadata';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CATEGORY_CODES } from '@ou-listening/shared';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config.js';
import { migrateAsOwner } from '../src/database/database-roles.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { startFakeX } from '../tools/fakes/x/fake-x.server.js';
import { FAKE_PLATFORMS, type RunningFake } from '../tools/fakes/fake-platforms.js';
import { IngestCliModule } from '../src/cli/ingest-cli.module.js';
import { IngestService } from '../src/ingest/ingest.service.js';
import { type ClassifiedPost, IngestRepository } from '../src/ingest/ingest.repository.js';
import { ConnectorRegistry } from '../src/sources/connector-registry.js';
import { SourcesService } from '../src/sources/sources.service.js';
import type { BadItem, Cursor } from '../src/sources/source-connector.js';
import { freePort } from '../src/common/free-port.js';
import { selectRow, selectRows } from '../src/database/sql.js';

/**
 * npm run bench:ingest [-- --posts 100000 --rounds 3]
 * npm run bench:ingest -- --all-sources [--posts 10000 --rounds 3]: see allSources() below.
 * The fake X API → twitter-api-v2 → parse → classify → PostgreSQL, timed end to end, against a
 * raw COPY of the same rows into the same table. Uses its own throwaway embedded PostgreSQL.
 * In between, the storage path alone: the same posts fetched, parsed and classified in memory
 * first, then stored page by page through IngestRepository.storePage (mentions, classifications,
 * run counters and cursor in one transaction per page), exactly as a run stores them.
 */
const COLUMNS =
  'platform, external_id, source_id, is_demo, url, author_id, author_handle, author_name, text, lang, posted_at, conversation_id, in_reply_to_id, metrics, top_category, risk_score';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

// The platforms --all-sources polls at once; those whose fake is not registered yet are skipped.
const ALL_SOURCES = ['x', 'mastodon', 'bluesky', 'reddit', 'youtube', 'rss'] as const;

/** The app without its scheduler or demo source, on the bench's database, with `env` on top. */
function benchApp(databaseUrl: string, env: Record<string, string | undefined>) {
  const config = loadConfig({
    ...env,
    DATABASE_URL: databaseUrl,
    DEMO: 'off',
    INGEST_SCHEDULER: 'off',
    INGEST_MAX_PAGES_PER_RUN: '1000000',
  });
  return NestFactory.createApplicationContext(IngestCliModule.forRoot(databaseUrl, config), {
    logger: ['error', 'warn'],
  });
}

/**
 * Every platform's fake at once (FAKE_PLATFORMS, tools/fakes/fake-platforms.ts), each with --posts
 * posts, polled by one process the way the scheduler does: every source's run started together,
 * through the real clients, classifier and storage. Prints posts/s over all of them end to end, and
 * X alone on the same database for comparison. The watch query is one phrase, so each platform
 * fetches each post once (Bluesky and Mastodon read one search or hashtag per term).
 */
async function allSources(): Promise<void> {
  const posts = flag('posts', 10_000);
  const rounds = flag('rounds', 3);
  const logger = new Logger('Bench');
  const dir = await mkdtemp(path.join(tmpdir(), 'ou-bench-'));
  await chmod(dir, 0o777); // the postgres user creates its cluster here
  const embedded = await startEmbeddedPostgres(path.join(dir, 'data'), await freePort(), logger);
  // The app's role owns nothing: the schema is made by the owner, as the server does at start-up.
  await migrateAsOwner(embedded.ownerUrl, embedded.url, logger);
  // Emptying tables between rounds (and COPY) is the owner's to do.
  const owner = await new DataSource({ type: 'postgres', url: embedded.ownerUrl }).initialize();
  const fakes: { platform: string; fake: RunningFake }[] = [];
  for (const platform of ALL_SOURCES) {
    const registered = FAKE_PLATFORMS.find((f) => f.platform === platform);
    if (!registered) {
      console.log(`${platform}: skipped (no fake registered in tools/fakes/fake-platforms.ts yet)`);
      continue;
    }
    fakes.push({ platform, fake: await registered.start({ posts }) });
  }
  const env = Object.assign({}, ...fakes.map((f) => f.fake.env)) as Record<string, string>;
  const app = await benchApp(embedded.url, {
    ...env,
    DATA_DIR: dir,
    // A bench spends more YouTube units in a minute than Google grants in a day.
    YOUTUBE_DAILY_QUOTA: '100000000',
  });
  try {
    const ingest = app.get(IngestService);
    await owner.query(
      `UPDATE watch_queries SET phrases = '{"Open University"}', handles = '{}', hashtags = '{}' WHERE name = 'The Open University'`,
    );
    const rows = await selectRows<{ id: string; kind: string }>(owner, `SELECT id::text AS id, kind FROM sources`);
    const sourceOf = (platform: string) => {
      const row = rows.find((r) => r.kind === platform);
      if (!row) throw new Error(`no ${platform} source row`);
      return row.id;
    };
    const reset = () =>
      owner.query(
        `TRUNCATE mentions, classifications, quarantine, ingest_runs, source_cursors RESTART IDENTITY CASCADE`,
      );

    const timeRun = async (platforms: string[]) => {
      await reset();
      const started = process.hrtime.bigint();
      const outcomes = await Promise.all(
        platforms.map((p) => ingest.runSource(sourceOf(p), { force: true }).then((o) => ({ p, o }))),
      );
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      // Platforms differ in what --posts makes (Reddit adds as many comments, YouTube videos and
      // their comments): every run must succeed and store something; the rate counts what was stored.
      let inserted = 0;
      const each: string[] = [];
      for (const { p, o } of outcomes) {
        if (o.outcome !== 'ran' || o.status !== 'ok' || o.inserted === 0)
          throw new Error(`${p} did not complete: ${JSON.stringify(o)}`);
        inserted += o.inserted;
        each.push(`${p} ${o.inserted}`);
      }
      return { inserted, seconds, rate: inserted / seconds, each: each.join(', ') };
    };

    const platforms = fakes.map((f) => f.platform);
    const together: number[] = [];
    const xAlone: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      const all = await timeRun(platforms);
      together.push(all.rate);
      console.log(
        `all sources round ${round} (${all.each}): ${all.inserted} posts in ${all.seconds.toFixed(2)} s = ${Math.round(all.rate)} posts/s`,
      );
      if (platforms.includes('x')) {
        const x = await timeRun(['x']);
        xAlone.push(x.rate);
        console.log(
          `X alone round ${round}: ${x.inserted} posts in ${x.seconds.toFixed(2)} s = ${Math.round(x.rate)} posts/s`,
        );
      }
    }
    const requests = fakes.map((f) => `${f.platform} ${f.fake.requestCount()}`).join(', ');
    console.log(`\nrequests answered by the fakes: ${requests}`);
    console.log(
      `median end to end, ${platforms.length} sources at once: ${Math.round(median(together))} posts/s (fetch, parse, classify, insert, cursor)`,
    );
    if (xAlone.length > 0) console.log(`median end to end, X alone: ${Math.round(median(xAlone))} posts/s`);
  } finally {
    await app.close();
    await owner.destroy();
    for (const { fake } of fakes) await fake.close();
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--all-sources')) return allSources();
  const posts = flag('posts', 100_000);
  const rounds = flag('rounds', 3);
  const logger = new Logger('Bench');
  const dir = await mkdtemp(path.join(tmpdir(), 'ou-bench-'));
  await chmod(dir, 0o777); // the postgres user writes the COPY file here
  const embedded = await startEmbeddedPostgres(path.join(dir, 'data'), await freePort(), logger);
  // The app's role owns nothing: the schema is made by the owner, as the server does at start-up.
  await migrateAsOwner(embedded.ownerUrl, embedded.url, logger);
  // Emptying tables between rounds (and COPY) is the owner's to do.
  const owner = await new DataSource({ type: 'postgres', url: embedded.ownerUrl }).initialize();
  const fake = await startFakeX({ posts });
  const app = await benchApp(embedded.url, { X_BEARER_TOKEN: 'bench', X_API_BASE_URL: fake.url });
  try {
    const db = app.get(DataSource);
    const ingest = app.get(IngestService);
    const source = await selectRow<{ id: string }>(db, `SELECT id::text AS id FROM sources WHERE kind = 'x'`);
    const sourceId = source!.id;
    const reset = () =>
      owner.query(
        `TRUNCATE mentions, classifications, quarantine, ingest_runs, source_cursors RESTART IDENTITY CASCADE`,
      );

    const pipeline: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      await reset();
      const started = process.hrtime.bigint();
      const outcome = await ingest.runSource(sourceId, { force: true });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (outcome.outcome !== 'ran' || outcome.status !== 'ok' || outcome.inserted !== posts)
        throw new Error(`pipeline round ${round} did not store every post: ${JSON.stringify(outcome)}`);
      pipeline.push(posts / seconds);
      console.log(
        `pipeline round ${round}: ${posts} posts in ${seconds.toFixed(2)} s = ${Math.round(posts / seconds)} posts/s`,
      );
    }

    const expected = await selectRow<{ mentions: number; classifications: number }>(
      db,
      `SELECT (SELECT count(*)::int FROM mentions) AS mentions, (SELECT count(*)::int FROM classifications) AS classifications`,
    );

    // Storage path alone: fetch, parse and classify every page up front (untimed), then time storing.
    const repository = app.get(IngestRepository, { strict: false });
    const connector = app.get(ConnectorRegistry, { strict: false }).find('x')!;
    const watchQueries = await app.get(SourcesService, { strict: false }).enabledWatchQueries();
    if (watchQueries.length !== 1) throw new Error(`expected one enabled watch query, found ${watchQueries.length}`);
    const query = watchQueries[0]!;
    await reset();
    const initial = await repository.cursorFor(sourceId, query.id);
    const pages: { to: Cursor; posts: ClassifiedPost[]; quarantined: BadItem[]; fetched: number }[] = [];
    for (let cursor = initial; ;) {
      const result = await connector.fetchPage(query, cursor);
      if (result.status !== 'ok') throw new Error(`fetching for the storage bench: ${JSON.stringify(result)}`);
      pages.push({
        to: result.cursor,
        ...ingest.classifyAll(result.posts, result.quarantined),
        fetched: result.posts.length + result.quarantined.length,
      });
      cursor = result.cursor;
      if (result.done) break;
    }
    const timeStorage = async (label: string, batch: typeof pages, classifications: number): Promise<number[]> => {
      const rates: number[] = [];
      for (let round = 1; round <= rounds; round++) {
        await reset();
        const runId = await repository.startRun(sourceId);
        let from = await repository.cursorFor(sourceId, query.id);
        let inserted = 0;
        const started = process.hrtime.bigint();
        for (const page of batch) {
          inserted += (await repository.storePage({ runId, sourceId, queryId: query.id, from, ...page })).inserted;
          from = page.to;
        }
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const stored = await selectRow<{ mentions: number; classifications: number; flagged: number }>(
          db,
          `SELECT (SELECT count(*)::int FROM mentions) AS mentions, (SELECT count(*)::int FROM classifications) AS classifications,
                  (SELECT count(*)::int FROM mentions WHERE categories <> '{}') AS flagged`,
        );
        if (
          inserted !== posts ||
          stored!.mentions !== expected!.mentions ||
          stored!.classifications !== classifications
        )
          throw new Error(
            `${label} round ${round} stored ${JSON.stringify(stored)}, expected ${classifications} verdicts`,
          );
        rates.push(posts / seconds);
        console.log(
          `${label} round ${round}: ${posts} posts (${stored!.classifications} classification rows, ${stored!.flagged} flagged) in ${seconds.toFixed(2)} s = ${Math.round(posts / seconds)} posts/s`,
        );
      }
      return rates;
    };
    const storage = await timeStorage('storage', pages, expected!.classifications);
    // The fake's posts rarely classify as harmful; the same posts with one in seven given a verdict
    // (as the triage bench seeds) shows what the verdicts and the triggers that copy them cost.
    let verdicts = 0;
    const flaggedPages = pages.map((page) => ({
      ...page,
      posts: page.posts.map((classified, i) => {
        if (i % 7 !== 0 || classified.categories.length > 0) {
          verdicts += classified.categories.length;
          return classified;
        }
        verdicts += 1;
        const category = CATEGORY_CODES[i % CATEGORY_CODES.length]!;
        return {
          ...classified,
          topCategory: category,
          riskScore: 0.7,
          categories: [{ category, score: 0.7, evidence: [] }],
        };
      }),
    }));
    const flaggedStorage = await timeStorage('storage, 1 in 7 flagged', flaggedPages, verdicts);

    const file = path.join(dir, 'mentions.csv');
    await owner.query(`COPY (SELECT ${COLUMNS} FROM mentions) TO '${file}' WITH (FORMAT csv)`);
    const copy: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      await reset();
      const started = process.hrtime.bigint();
      await owner.query(`COPY mentions (${COLUMNS}) FROM '${file}' WITH (FORMAT csv)`);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      copy.push(posts / seconds);
      console.log(
        `COPY round ${round}: ${posts} rows in ${seconds.toFixed(2)} s = ${Math.round(posts / seconds)} rows/s`,
      );
    }

    const p = median(pipeline);
    const c = median(copy);
    const s = median(storage);
    console.log(`\nmedian end to end: ${Math.round(p)} posts/s (fetch, parse, classify, insert, cursor)`);
    console.log(
      `median storage:    ${Math.round(s)} posts/s (insert mentions + classifications, run counters, cursor)`,
    );
    const f = median(flaggedStorage);
    console.log(`median storage, 1 in 7 flagged: ${Math.round(f)} posts/s (with their classifications)`);
    console.log(`median raw COPY:   ${Math.round(c)} rows/s (the storage limit)`);
    console.log(`COPY / pipeline:   ${(c / p).toFixed(2)}x`);
    console.log(`COPY / storage:    ${(c / s).toFixed(2)}x`);
    console.log(`COPY / storage, 1 in 7 flagged: ${(c / f).toFixed(2)}x`);
  } finally {
    await app.close();
    await owner.destroy();
    await fake.close();
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
