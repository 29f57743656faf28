import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IngestRunStatus, IngestRunView, SourceKind, WatchQueryRequest } from '@ou-listening/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { WatchQuery } from './source-connector.js';
import { selectRows } from '../database/sql.js';

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

/** The columns a create or an edit may set: the request's fields, each optional. */
export type WatchQueryFields = Partial<WatchQueryRequest>;

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

/** An ingest run as its SELECTs return it: timestamps still dates. */
type RunRow = Omit<IngestRunView, 'startedAt' | 'finishedAt' | 'retryAt'> & {
  startedAt: Date;
  finishedAt: Date | null;
  retryAt: Date | null;
};

function runView(row: RunRow): IngestRunView {
  return {
    ...row,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    retryAt: row.retryAt?.toISOString() ?? null,
  };
}

@Injectable()
export class SourcesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listSources(): Promise<SourceRow[]> {
    return await selectRows<SourceRow>(this.dataSource, `${SOURCE_SELECT} ORDER BY s.id`);
  }

  async findSource(id: string, manager?: EntityManager): Promise<SourceRow | undefined> {
    const rows = await selectRows<SourceRow>(manager ?? this.dataSource, `${SOURCE_SELECT} WHERE s.id = $1`, [id]);
    return rows[0];
  }

  async createSource(
    fields: { kind: SourceKind; name: string; enabled: boolean; pollIntervalSeconds: number },
    manager: EntityManager,
  ): Promise<string> {
    const [row] = await selectRows<{ id: string }>(
      manager,
      `INSERT INTO sources (kind, name, enabled, poll_interval_seconds) VALUES ($1, $2, $3, $4)
       ON CONFLICT (name) DO NOTHING RETURNING id::text AS id`,
      [fields.kind, fields.name, fields.enabled, fields.pollIntervalSeconds],
    );
    return row?.id ?? '';
  }

  async updateSource(
    id: string,
    fields: { enabled?: boolean; pollIntervalSeconds?: number },
    manager: EntityManager,
  ): Promise<boolean> {
    // A CTE, because TypeORM answers a bare UPDATE with [rows, count] rather than rows.
    const [row] = await selectRows<{ n: number }>(
      manager,
      `WITH changed AS (UPDATE sources SET enabled = coalesce($2, enabled),
                                           poll_interval_seconds = coalesce($3, poll_interval_seconds),
                                           updated_at = now()
                        WHERE id = $1 RETURNING 1)
       SELECT count(*)::int AS n FROM changed`,
      [id, fields.enabled ?? null, fields.pollIntervalSeconds ?? null],
    );
    return row?.n === 1;
  }

  async listRuns(filter: { sourceId?: string; limit: number }): Promise<IngestRunView[]> {
    const rows = await selectRows<RunRow>(
      this.dataSource,
      `SELECT r.id::text AS id, r.source_id::text AS "sourceId", s.name AS "sourceName",
              r.started_at AS "startedAt", r.finished_at AS "finishedAt", r.status,
              r.fetched, r.inserted, r.duplicates, r.quarantined, r.error, r.retry_at AS "retryAt"
       FROM ingest_runs r JOIN sources s ON s.id = r.source_id
       WHERE ($1::bigint IS NULL OR r.source_id = $1::bigint)
       ORDER BY r.started_at DESC, r.id DESC LIMIT $2`,
      [filter.sourceId ?? null, filter.limit],
    );
    return rows.map(runView);
  }

  /** The latest `perKind` runs of each source kind, newest first. */
  async recentRunsByKind(perKind: number): Promise<(IngestRunView & { kind: SourceKind })[]> {
    const rows = await selectRows<RunRow & { kind: SourceKind; rank: string }>(
      this.dataSource,
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
    );
    return rows.map(({ rank: _rank, kind, ...r }) => ({ ...runView(r), kind }));
  }

  /** Stored mentions per platform, read from the daily roll-up rather than the mentions table. */
  async mentionCountsByPlatform(): Promise<Map<string, number>> {
    const rows = await selectRows<{ platform: string; n: string }>(
      this.dataSource,
      `SELECT platform, sum(n - retired)::bigint::text AS n FROM mention_daily_counts GROUP BY platform HAVING sum(n - retired) > 0`,
    );
    return new Map(rows.map((r) => [r.platform, Number(r.n)]));
  }

  async listWatchQueries(options: { enabledOnly?: boolean } = {}): Promise<WatchQueryRow[]> {
    return await selectRows<WatchQueryRow>(
      this.dataSource,
      `${WATCH_QUERY_SELECT} ${options.enabledOnly ? 'WHERE enabled' : ''} ORDER BY id`,
    );
  }

  async findWatchQuery(id: string, manager?: EntityManager): Promise<WatchQueryRow | undefined> {
    const rows = await selectRows<WatchQueryRow>(manager ?? this.dataSource, `${WATCH_QUERY_SELECT} WHERE id = $1`, [
      id,
    ]);
    return rows[0];
  }

  /** Returns the new id, or undefined when the name is taken. */
  async createWatchQuery(
    fields: Required<Omit<WatchQueryFields, 'language'>> & { language: string | null },
    manager: EntityManager,
  ): Promise<string | undefined> {
    const [row] = await selectRows<{ id: string }>(
      manager,
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
    );
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
    const [row] = await selectRows<{ n: number }>(
      manager,
      `WITH changed AS (UPDATE watch_queries SET ${sets.join(', ')} WHERE id = $1 RETURNING 1)
       SELECT count(*)::int AS n FROM changed`,
      values,
    );
    return row?.n === 1;
  }
}
