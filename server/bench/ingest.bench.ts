import 'reflect-metadata';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CATEGORY_CODES } from '@ou-listening/shared';
import { DataSource } from 'typeorm';
import { AuditModule } from '../src/audit/audit.module.js';
import { type AppConfig, loadConfig } from '../src/config/app-config.js';
import { AppConfigModule } from '../src/config/app-config.module.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { startFakeX } from '../tools/fakes/x/fake-x.server.js';
import { IngestModule } from '../src/ingest/ingest.module.js';
import { IngestService } from '../src/ingest/ingest.service.js';
import { type ClassifiedPost, IngestRepository } from '../src/ingest/ingest.repository.js';
import { ConnectorRegistry } from '../src/sources/connector-registry.js';
import { SourcesService } from '../src/sources/sources.service.js';
import type { BadItem, Cursor } from '../src/sources/source-connector.js';
import { freePort } from '../src/common/free-port.js';

/**
 * npm run bench:ingest [-- --posts 100000 --rounds 3]
 * The fake X API → twitter-api-v2 → parse → classify → PostgreSQL, timed end to end, against a
 * raw COPY of the same rows into the same table. Uses its own throwaway embedded PostgreSQL.
 * In between, the storage path alone: the same posts fetched, parsed and classified in memory
 * first, then stored page by page through IngestRepository.storePage (mentions, classifications,
 * run counters and cursor in one transaction per page), exactly as a run stores them.
 */
@Module({})
class BenchModule {
  static forRoot(databaseUrl: string, config: AppConfig): DynamicModule {
    return {
      module: BenchModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        AppConfigModule.forRoot(config),
        AuditModule,
        IngestModule,
      ],
    };
  }
}

const COLUMNS =
  'platform, external_id, source_id, is_demo, url, author_id, author_handle, author_name, text, lang, posted_at, conversation_id, in_reply_to_id, metrics, top_category, risk_score';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

async function main(): Promise<void> {
  const posts = flag('posts', 100_000);
  const rounds = flag('rounds', 3);
  const logger = new Logger('Bench');
  const dir = await mkdtemp(path.join(tmpdir(), 'ou-bench-'));
  await chmod(dir, 0o777); // the postgres user writes the COPY file here
  const embedded = await startEmbeddedPostgres(path.join(dir, 'data'), await freePort(), logger);
  const fake = await startFakeX({ posts });
  const config = loadConfig({
    DATABASE_URL: embedded.url,
    X_BEARER_TOKEN: 'bench',
    X_API_BASE_URL: fake.url,
    DEMO: 'off',
    INGEST_SCHEDULER: 'off',
    INGEST_MAX_PAGES_PER_RUN: '1000000',
  });
  const app = await NestFactory.createApplicationContext(BenchModule.forRoot(embedded.url, config), {
    logger: ['error', 'warn'],
  });
  try {
    const db = app.get(DataSource);
    const ingest = app.get(IngestService);
    const [source] = (await db.query(`SELECT id::text AS id FROM sources WHERE kind = 'x'`)) as { id: string }[];
    const sourceId = source!.id;
    const reset = () =>
      db.query(`TRUNCATE mentions, classifications, quarantine, ingest_runs, source_cursors RESTART IDENTITY CASCADE`);

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

    const [expected] = (await db.query(
      `SELECT (SELECT count(*)::int FROM mentions) AS mentions, (SELECT count(*)::int FROM classifications) AS classifications`,
    )) as { mentions: number; classifications: number }[];

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
        const [stored] = (await db.query(
          `SELECT (SELECT count(*)::int FROM mentions) AS mentions, (SELECT count(*)::int FROM classifications) AS classifications,
                  (SELECT count(*)::int FROM mentions WHERE categories <> '{}') AS flagged`,
        )) as { mentions: number; classifications: number; flagged: number }[];
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
    await db.query(`COPY (SELECT ${COLUMNS} FROM mentions) TO '${file}' WITH (FORMAT csv)`);
    const copy: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      await reset();
      const started = process.hrtime.bigint();
      await db.query(`COPY mentions (${COLUMNS}) FROM '${file}' WITH (FORMAT csv)`);
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
    await fake.close();
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
