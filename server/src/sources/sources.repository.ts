import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IngestRunStatus, IngestRunView, SourceKind } from '@ou-listening/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { WatchQuery } from './source-connector.js';

export type SourceRow = {
  id: string;
  kind: SourceKind;
  name: string;
  enabled: boolean;
  pollIntervalSeconds: number;
  retryAt: Date | null;
  lastRunAt: Date | null;
  lastRunStatus: IngestRunStatus | null;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastError: string | null;
};

export type WatchQueryRow = WatchQuery & { enabled: boolean };

export type WatchQueryFields = {
  name?: string;
  phrases?: string[];
  handles?: string[];
  hashtags?: string[];
  exclusions?: string[];
  language?: string | null;
  includeReposts?: boolean;
  subreddits?: string[];
  feeds?: string[];
  enabled?: boolean;
};

const SOURCE_SELECT = `
  SELECT s.id::text AS id, s.kind, s.name, s.enabled, s.poll_interval_seconds AS "pollIntervalSeconds",
         s.retry_at AS "retryAt",
         last.started_at AS "lastRunAt", last.status AS "lastRunStatus",
         ok.finished_at AS "lastSuccessAt",
         bad.finished_at AS "lastErrorAt", bad.error AS "lastError"
  FROM sources s
  LEFT JOIN LATERAL (SELECT started_at, status FROM ingest_runs r WHERE r.source_id = s.id
                     ORDER BY started_at DESC LIMIT 1) last ON true
  LEFT JOIN LATERAL (SELECT finished_at FROM ingest_runs r WHERE r.source_id = s.id AND r.status IN ('ok', 'partial')
                     ORDER BY started_at DESC LIMIT 1) ok ON true
  LEFT JOIN LATERAL (SELECT finished_at, error FROM ingest_runs r
                     WHERE r.source_id = s.id AND r.status IN ('failed', 'rate_limited')
                     ORDER BY started_at DESC LIMIT 1) bad ON true`;

const WATCH_QUERY_SELECT = `
  SELECT id::text AS id, name, phrases, handles, hashtags, exclusions, language,
         include_reposts AS "includeReposts", subreddits, feeds, enabled
  FROM watch_queries`;

const WATCH_QUERY_COLUMNS: Record<keyof WatchQueryFields, string> = {
  name: 'name',
  phrases: 'phrases',
  handles: 'handles',
  hashtags: 'hashtags',
  exclusions: 'exclusions',
  language: 'language',
  includeReposts: 'include_reposts',
  subreddits: 'subreddits',
  feeds: 'feeds',
  enabled: 'enabled',
};

@Injectable()
export class SourcesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listSources(): Promise<SourceRow[]> {
    return (await this.dataSource.query(`${SOURCE_SELECT} ORDER BY s.id`)) as SourceRow[];
  }

  async findSource(id: string, manager?: EntityManager): Promise<SourceRow | undefined> {
    const rows = (await (manager ?? this.dataSource).query(`${SOURCE_SELECT} WHERE s.id = $1`, [id])) as SourceRow[];
    return rows[0];
  }

  async createSource(
    fields: { kind: SourceKind; name: string; enabled: boolean; pollIntervalSeconds: number },
    manager: EntityManager,
  ): Promise<string> {
    const [row] = (await manager.query(
      `INSERT INTO sources (kind, name, enabled, poll_interval_seconds) VALUES ($1, $2, $3, $4)
       ON CONFLICT (name) DO NOTHING RETURNING id::text AS id`,
      [fields.kind, fields.name, fields.enabled, fields.pollIntervalSeconds],
    )) as { id: string }[];
    return row?.id ?? '';
  }

  async updateSource(
    id: string,
    fields: { enabled?: boolean; pollIntervalSeconds?: number },
    manager: EntityManager,
  ): Promise<boolean> {
    // A CTE, because TypeORM answers a bare UPDATE with [rows, count] rather than rows.
    const [row] = (await manager.query(
      `WITH changed AS (UPDATE sources SET enabled = coalesce($2, enabled),
                                           poll_interval_seconds = coalesce($3, poll_interval_seconds),
                                           updated_at = now()
                        WHERE id = $1 RETURNING 1)
       SELECT count(*)::int AS n FROM changed`,
      [id, fields.enabled ?? null, fields.pollIntervalSeconds ?? null],
    )) as { n: number }[];
    return row?.n === 1;
  }

  async listRuns(filter: { sourceId?: string; limit: number }): Promise<IngestRunView[]> {
    const rows = (await this.dataSource.query(
      `SELECT r.id::text AS id, r.source_id::text AS "sourceId", s.name AS "sourceName",
              r.started_at AS "startedAt", r.finished_at AS "finishedAt", r.status,
              r.fetched, r.inserted, r.duplicates, r.quarantined, r.error, r.retry_at AS "retryAt"
       FROM ingest_runs r JOIN sources s ON s.id = r.source_id
       WHERE ($1::bigint IS NULL OR r.source_id = $1::bigint)
       ORDER BY r.started_at DESC, r.id DESC LIMIT $2`,
      [filter.sourceId ?? null, filter.limit],
    )) as (Omit<IngestRunView, 'startedAt' | 'finishedAt' | 'retryAt'> & {
      startedAt: Date;
      finishedAt: Date | null;
      retryAt: Date | null;
    })[];
    return rows.map((r) => ({
      ...r,
      startedAt: r.startedAt.toISOString(),
      finishedAt: r.finishedAt?.toISOString() ?? null,
      retryAt: r.retryAt?.toISOString() ?? null,
    }));
  }

  /** The latest `perKind` runs of each source kind, newest first. */
  async recentRunsByKind(perKind: number): Promise<(IngestRunView & { kind: SourceKind })[]> {
    const rows = (await this.dataSource.query(
      `SELECT * FROM (
         SELECT r.id::text AS id, r.source_id::text AS "sourceId", s.name AS "sourceName", s.kind,
                r.started_at AS "startedAt", r.finished_at AS "finishedAt", r.status,
                r.fetched, r.inserted, r.duplicates, r.quarantined, r.error, r.retry_at AS "retryAt",
                row_number() OVER (PARTITION BY s.kind ORDER BY r.started_at DESC, r.id DESC) AS rank
         FROM sources s
         CROSS JOIN LATERAL (SELECT * FROM ingest_runs r WHERE r.source_id = s.id
                             ORDER BY started_at DESC LIMIT $1) r) ranked
       WHERE rank <= $1 ORDER BY kind, "startedAt" DESC, id DESC`,
      [perKind],
    )) as (Omit<IngestRunView, 'startedAt' | 'finishedAt' | 'retryAt'> & {
      kind: SourceKind;
      rank: string;
      startedAt: Date;
      finishedAt: Date | null;
      retryAt: Date | null;
    })[];
    return rows.map(({ rank: _rank, ...r }) => ({
      ...r,
      startedAt: r.startedAt.toISOString(),
      finishedAt: r.finishedAt?.toISOString() ?? null,
      retryAt: r.retryAt?.toISOString() ?? null,
    }));
  }

  /** Stored mentions per platform, read from the daily roll-up rather than the mentions table. */
  async mentionCountsByPlatform(): Promise<Map<string, number>> {
    const rows = (await this.dataSource.query(
      `SELECT platform, sum(n)::bigint::text AS n FROM mention_daily_counts GROUP BY platform HAVING sum(n) > 0`,
    )) as { platform: string; n: string }[];
    return new Map(rows.map((r) => [r.platform, Number(r.n)]));
  }

  async listWatchQueries(options: { enabledOnly?: boolean } = {}): Promise<WatchQueryRow[]> {
    return (await this.dataSource.query(
      `${WATCH_QUERY_SELECT} ${options.enabledOnly ? 'WHERE enabled' : ''} ORDER BY id`,
    )) as WatchQueryRow[];
  }

  async findWatchQuery(id: string, manager?: EntityManager): Promise<WatchQueryRow | undefined> {
    const rows = (await (manager ?? this.dataSource).query(`${WATCH_QUERY_SELECT} WHERE id = $1`, [
      id,
    ])) as WatchQueryRow[];
    return rows[0];
  }

  /** Returns the new id, or undefined when the name is taken. */
  async createWatchQuery(
    fields: Required<Omit<WatchQueryFields, 'language'>> & { language: string | null },
    manager: EntityManager,
  ): Promise<string | undefined> {
    const [row] = (await manager.query(
      `INSERT INTO watch_queries (name, phrases, handles, hashtags, exclusions, language, include_reposts, enabled,
                                  subreddits, feeds)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (name) DO NOTHING RETURNING id::text AS id`,
      [
        fields.name,
        fields.phrases,
        fields.handles,
        fields.hashtags,
        fields.exclusions,
        fields.language,
        fields.includeReposts,
        fields.enabled,
        fields.subreddits,
        fields.feeds,
      ],
    )) as { id: string }[];
    return row?.id;
  }

  /** false when there is no such query; throws the unique violation when the new name is taken. */
  async updateWatchQuery(id: string, fields: WatchQueryFields, manager: EntityManager): Promise<boolean> {
    const sets: string[] = [];
    const values: unknown[] = [id];
    for (const [key, column] of Object.entries(WATCH_QUERY_COLUMNS) as [keyof WatchQueryFields, string][]) {
      if (fields[key] === undefined) continue;
      values.push(fields[key]);
      sets.push(`${column} = $${values.length}`);
    }
    sets.push('updated_at = now()');
    const [row] = (await manager.query(
      `WITH changed AS (UPDATE watch_queries SET ${sets.join(', ')} WHERE id = $1 RETURNING 1)
       SELECT count(*)::int AS n FROM changed`,
      values,
    )) as { n: number }[];
    return row?.n === 1;
  }
}
