import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SOURCE_KINDS, type SourceKind } from '@ou-listening/shared';
import { parseArgs } from 'node:util';
import { type AppConfig, ConfigError, loadConfig } from '../config/app-config.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { ConnectorRegistry } from '../sources/connector-registry.js';
import { SourcesService } from '../sources/sources.service.js';
import { IngestService, type RunOutcome } from '../ingest/ingest.service.js';
import { IngestCliModule } from './ingest-cli.module.js';

const USAGE = `usage: npm run ingest -- --once [--source ${SOURCE_KINDS.join('|')}]`;

/**
 * npm run ingest -- --once [--source <kind>]: one pass against the configured database (embedded
 * by default, or DATABASE_URL) with the server stopped. Exit 0 when every run succeeded, 1 when
 * one failed or was rate-limited, 2 on bad usage, 78 on bad configuration.
 */
async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { once: { type: 'boolean' }, source: { type: 'string' } } }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (args.source !== undefined && !(SOURCE_KINDS as readonly string[]).includes(args.source)) {
    console.error(`Unknown source kind "${args.source}"\n${USAGE}`);
    return 2;
  }
  if (!args.once) {
    console.error(`Only one-off passes are supported here; the server schedules the rest.\n${USAGE}`);
    return 2;
  }
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 78;
    }
    throw error;
  }
  config = { ...config, ingest: { ...config.ingest, scheduler: false } };

  const logger = new Logger('Ingest');
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort, logger);
  const app = await NestFactory.createApplicationContext(
    IngestCliModule.forRoot(config.databaseUrl ?? embedded!.url, config),
    {
      logger: ['error', 'warn'],
    },
  );
  try {
    const sources = await app.get(SourcesService).sourceRows();
    const chosen = args.source ? sources.filter((s) => s.kind === args.source) : sources;
    if (args.source && chosen.length === 0) {
      console.error(`No source of kind "${args.source}" (have: ${sources.map((s) => s.kind).join(', ')})`);
      return 2;
    }
    const states = app.get(SourcesService);
    const registry = app.get(ConnectorRegistry);
    const ingest = app.get(IngestService);
    let failed = false;
    for (const source of chosen) {
      const state = states.stateOf(source);
      if (state !== 'active') {
        console.log(`${source.name} (${source.kind}): not polled: ${describeState(state, source.kind, registry)}`);
        if (args.source) failed = true;
        continue;
      }
      const outcome = await ingest.runSource(source.id, { force: true });
      console.log(`${source.name} (${source.kind}): ${describe(outcome)}`);
      if (outcome.outcome === 'skipped' || outcome.status === 'failed' || outcome.status === 'rate_limited')
        failed = true;
    }
    return failed ? 1 : 0;
  } finally {
    await app.close();
    await embedded?.stop();
  }
}

function describeState(state: string, kind: SourceKind, registry: ConnectorRegistry): string {
  switch (state) {
    case 'disabled':
      return 'disabled by an admin';
    case 'not_configured': {
      const connector = registry.find(kind);
      if (!connector) return `not configured (this server has no ${kind} connector)`;
      const missing = (connector.settings ?? []).filter((s) => s.required && !s.set).map((s) => s.name);
      return missing.length > 0 ? `not configured (set ${missing.join(' and ')})` : 'not configured';
    }
    case 'demo_off':
      return 'DEMO is off';
    case 'rate_limited':
      return 'rate-limited; waiting for retry_at';
    default:
      return state;
  }
}

function describe(outcome: RunOutcome): string {
  if (outcome.outcome === 'skipped') return `skipped (${outcome.reason})`;
  const counts = `fetched=${outcome.fetched} inserted=${outcome.inserted} duplicates=${outcome.duplicates} quarantined=${outcome.quarantined}`;
  const extra = outcome.retryAt
    ? ` retry_at=${outcome.retryAt.toISOString()}`
    : outcome.error
      ? ` error: ${outcome.error}`
      : '';
  return `${outcome.status} ${counts}${extra}`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
