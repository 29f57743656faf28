import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SpikeAlertView, TopDimension, TrendGroupBy, TrendInterval, TrendRange } from '@ou-listening/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { SnakeCased } from '../database/rows.js';
import { selectRow, selectRows } from '../database/sql.js';

export type BucketCount = { start: string; key: string | null; n: number };
export type RollupRow = { category: string; platform: string; status: string; hidden: boolean; n: number };
export type EscalationBucketRow = { start: string; raised: number; closed: number };
export type EscalationTotals = { raised: number; open: number };
export type TimeToActionRow = { actioned: number; median: number | null; p90: number | null };
export type TopRow = { key: string; platform: string | null; mentions: number; flagged: number };
export type TopAuthorRow = TopRow & { last_flagged: string };
export type MatrixRow = { category: string; platform: string; n: number };
export type WindowCount = { category: string; daysBack: number; n: number };
type TermRow = { term: string };
type LockRow = { held: boolean };
/** A spike alert as it is written: the view's figures, its category as stored and its window's ends as Dates. */
export type NewSpikeAlert = Omit<
  SpikeAlertView,
  'id' | 'category' | 'windowStart' | 'windowEnd' | 'createdAt' | 'acknowledgedAt'
> & {
  category: string;
  windowStart: Date;
  windowEnd: Date;
};
/** A spike_alerts row (ALERT_COLUMNS): a new alert's columns with the id and the times PostgreSQL keeps. */
export type SpikeAlertRow = SnakeCased<NewSpikeAlert & { id: string; createdAt: Date; acknowledgedAt: Date | null }>;

/** The rollup column each grouping reads; never user text in SQL. */
const GROUP_COLUMN: Readonly<Record<TrendGroupBy, string>> = {
  category: 'category',
  platform: 'platform',
  status: 'status',
};

// London calendar days → the instants that bound them (from 00:00 on `from` to 00:00 after `to`).
const START = `(($1::date)::timestamp AT TIME ZONE 'Europe/London')`;
const END = `(($2::date + 1)::timestamp AT TIME ZONE 'Europe/London')`;
// Every bucket start of the range; truncating a date (not a timestamptz) keeps the session time zone out.
const BUCKETS = `SELECT generate_series(date_trunc($3::text, $1::date::timestamp),
                                        date_trunc($3::text, $2::date::timestamp),
                                        ('1 ' || $3::text)::interval)::date AS start`;

const topTerms = (kind: 'hashtag' | 'domain') => `
    SELECT term AS key, NULL AS platform, sum(mentions)::int AS mentions, sum(flagged)::int AS flagged
    FROM mention_daily_terms
    WHERE kind = '${kind}' AND day >= $1::date AND day <= $2::date
    GROUP BY term HAVING sum(mentions) > 0
    ORDER BY mentions DESC, key LIMIT $3`;

// From mention_daily_terms (migration TopTermsRollup): a few rows per day, not every post's text.
const TOP_TERMS_SQL: Readonly<Record<Exclude<TopDimension, 'author'>, string>> = {
  hashtag: topTerms('hashtag'),
  domain: topTerms('domain'),
};

// The top list's last step, both ways: the kept authors' mentions of every kind over the range
// (their author-day rows, by primary key), in the ranking's order.
const TOP_AUTHORS_SELECT = `
    SELECT r.author_handle AS key, r.platform, r.flagged, r.last_flagged::text AS last_flagged,
           (SELECT sum(a.mentions)::int FROM mention_author_days a
             WHERE a.platform = r.platform AND a.author_handle = r.author_handle
               AND a.day >= $1::date AND a.day <= $2::date) AS mentions
    FROM ranked r
    ORDER BY r.flagged DESC, r.last_flagged DESC, r.author_handle, r.platform`;
const TOP_AUTHORS_ORDER = `ORDER BY flagged DESC, last_flagged DESC, author_handle, platform LIMIT $3`;

/**
 * Authors by flagged mentions over a range the rollup mostly lies outside (a month): the range's
 * flagged author-days (mention_author_days, through their partial index), grouped. Ties go to the
 * author flagged most recently, then by handle, so equal counts never fall back to the alphabet alone.
 */
const TOP_AUTHORS_INSIDE_SQL = `
    WITH ranked AS (
      SELECT platform, author_handle, sum(flagged)::int AS flagged, max(day) AS last_flagged
      FROM mention_author_days
      WHERE flagged > 0 AND day >= $1::date AND day <= $2::date
      GROUP BY platform, author_handle
      ${TOP_AUTHORS_ORDER})
    ${TOP_AUTHORS_SELECT}`;

/**
 * The same ranking over a range that holds most of the rollup (a year, about what retention keeps):
 * each author's flagged total (mention_author_flagged, migration AuthorFlaggedTotals) less their
 * flagged author-days outside the range. Exact: the totals are kept from the same author-day rows.
 * An author last flagged after the range has their last day inside it read from their own rows.
 */
const TOP_AUTHORS_OUTSIDE_SQL = `
    WITH outside AS (
      SELECT platform, author_handle, sum(flagged)::bigint AS flagged
      FROM mention_author_days
      WHERE flagged > 0 AND (day < $1::date OR day > $2::date)
      GROUP BY platform, author_handle),
    ranked AS (
      SELECT t.platform, t.author_handle, (t.flagged - coalesce(o.flagged, 0))::int AS flagged,
             CASE WHEN t.last_flagged <= $2::date THEN t.last_flagged
                  ELSE (SELECT max(a.day) FROM mention_author_days a
                         WHERE a.platform = t.platform AND a.author_handle = t.author_handle AND a.flagged > 0
                           AND a.day >= $1::date AND a.day <= $2::date) END AS last_flagged
      FROM mention_author_flagged t LEFT JOIN outside o USING (platform, author_handle)
      WHERE t.flagged > coalesce(o.flagged, 0)
      ${TOP_AUTHORS_ORDER})
    ${TOP_AUTHORS_SELECT}`;

type FlaggedSpanRow = { first: string | null; last: string | null };

const DAY_MS = 86_400_000;
/** Days from `from` to `to` inclusive (YYYY-MM-DD), never below zero. */
const daysBetween = (from: string, to: string): number =>
  Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1);

const ALERT_COLUMNS = `id::text AS id, category, "window", window_start, window_end, count, baseline_median,
  baseline_mad, threshold, terms, created_at, acknowledged_at`;

/** The SQL of trends: reads the rollup for counts and the indexed tables for everything else. */
@Injectable()
export class TrendsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private q(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  /** Counts per bucket and key; every bucket appears at least once (with a null key when empty). */
  async volume(range: TrendRange, interval: TrendInterval, groupBy: TrendGroupBy): Promise<BucketCount[]> {
    const column = GROUP_COLUMN[groupBy];
    return selectRows<BucketCount>(
      this.q(),
      `WITH buckets AS (${BUCKETS}),
       counts AS (
         SELECT date_trunc($3::text, day::timestamp)::date AS start, ${column} AS key, sum(n) AS n
         FROM mention_daily_counts WHERE day BETWEEN $1::date AND $2::date
         GROUP BY 1, 2 HAVING sum(n) <> 0)
       SELECT b.start::text AS start, c.key, coalesce(c.n, 0)::int AS n
       FROM buckets b LEFT JOIN counts c USING (start) ORDER BY b.start, c.key`,
      [range.from, range.to, interval],
    );
  }

  async rollup(range: TrendRange): Promise<RollupRow[]> {
    return selectRows<RollupRow>(
      this.q(),
      `SELECT category, platform, status, hidden, sum(n)::int AS n
       FROM mention_daily_counts WHERE day BETWEEN $1::date AND $2::date
       GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0`,
      [range.from, range.to],
    );
  }

  async escalationBuckets(range: TrendRange, interval: TrendInterval): Promise<EscalationBucketRow[]> {
    return selectRows<EscalationBucketRow>(
      this.q(),
      `WITH buckets AS (${BUCKETS}),
       raised AS (
         SELECT date_trunc($3::text, created_at AT TIME ZONE 'Europe/London')::date AS start, count(*) AS n
         FROM escalations WHERE created_at >= ${START} AND created_at < ${END} GROUP BY 1),
       closed AS (
         SELECT date_trunc($3::text, closed_at AT TIME ZONE 'Europe/London')::date AS start, count(*) AS n
         FROM escalations WHERE closed_at >= ${START} AND closed_at < ${END} GROUP BY 1)
       SELECT b.start::text AS start, coalesce(r.n, 0)::int AS raised, coalesce(c.n, 0)::int AS closed
       FROM buckets b LEFT JOIN raised r USING (start) LEFT JOIN closed c USING (start) ORDER BY b.start`,
      [range.from, range.to, interval],
    );
  }

  /** Raised in the range, and still open when it ended. */
  async escalationTotals(range: TrendRange): Promise<EscalationTotals> {
    const row = await selectRow<EscalationTotals>(
      this.q(),
      `SELECT count(*) FILTER (WHERE created_at >= ${START})::int AS raised,
              count(*) FILTER (WHERE closed_at IS NULL OR closed_at >= ${END})::int AS open
       FROM escalations WHERE created_at < ${END}`,
      [range.from, range.to],
    );
    return row ?? { raised: 0, open: 0 };
  }

  /** Seconds from ingestion to first action, for mentions ingested in the range and acted on. */
  async timeToFirstAction(range: TrendRange): Promise<TimeToActionRow> {
    const row = await selectRow<TimeToActionRow>(
      this.q(),
      `SELECT count(*)::int AS actioned,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_action_at - ingested_at)) AS median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM first_action_at - ingested_at)) AS p90
       FROM mentions
       WHERE first_action_at IS NOT NULL AND ingested_at >= ${START} AND ingested_at < ${END}`,
      [range.from, range.to],
    );
    return row ?? { actioned: 0, median: null, p90: null };
  }

  async topTermsOf(range: TrendRange, by: Exclude<TopDimension, 'author'>, limit: number): Promise<TopRow[]> {
    return selectRows<TopRow>(this.q(), TOP_TERMS_SQL[by], [range.from, range.to, limit]);
  }

  /**
   * Top authors by flagged mentions. Reads whichever side of the range holds fewer of the rollup's
   * flagged days (its first and last come from the partial index): the range's own author-days, or
   * every author's total less the author-days outside the range. Both give the same exact counts.
   */
  async topAuthors(range: TrendRange, limit: number): Promise<TopAuthorRow[]> {
    const span = await selectRow<FlaggedSpanRow>(
      this.q(),
      `SELECT min(day)::text AS first, max(day)::text AS last FROM mention_author_days WHERE flagged > 0`,
    );
    if (!span?.first || !span.last) return [];
    const held = daysBetween(span.first, span.last);
    const from = range.from > span.first ? range.from : span.first;
    const to = range.to < span.last ? range.to : span.last;
    const inside = daysBetween(from, to);
    const sql = inside * 2 > held ? TOP_AUTHORS_OUTSIDE_SQL : TOP_AUTHORS_INSIDE_SQL;
    return selectRows<TopAuthorRow>(this.q(), sql, [range.from, range.to, limit]);
  }

  /** Mentions per top category (or "none") × platform over the range, from the daily rollup. */
  async matrix(range: TrendRange): Promise<MatrixRow[]> {
    return selectRows<MatrixRow>(
      this.q(),
      `SELECT category, platform, sum(n)::int AS n FROM mention_daily_counts
       WHERE day BETWEEN $1::date AND $2::date GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2`,
      [range.from, range.to],
    );
  }

  /**
   * Posts per category in the window of `hours` ending at `end`, and in the same window 1…days
   * days earlier (daysBack 0 is the window itself). Earlier means the same Europe/London clock
   * times on an earlier day, so 09:00–10:00 compares with 09:00–10:00 across a clock change
   * (a day there is 23 or 25 hours).
   */
  async windowCounts(
    categories: readonly string[],
    end: Date,
    hours: number,
    days: number,
    manager?: EntityManager,
  ): Promise<WindowCount[]> {
    return selectRows<WindowCount>(
      this.q(manager),
      `SELECT c.category, k.days_back AS "daysBack", count(m.id)::int AS n
       FROM unnest($1::text[]) AS c(category)
       CROSS JOIN generate_series(0, $4::int) AS k(days_back)
       LEFT JOIN mentions m ON m.top_category = c.category
         AND m.posted_at >= ((($2::timestamptz - make_interval(hours => $3::int)) AT TIME ZONE 'Europe/London')
                             - make_interval(days => k.days_back)) AT TIME ZONE 'Europe/London'
         AND m.posted_at < (($2::timestamptz AT TIME ZONE 'Europe/London') - make_interval(days => k.days_back))
                           AT TIME ZONE 'Europe/London'
       GROUP BY 1, 2 ORDER BY 1, 2`,
      [categories, end, hours, days],
    );
  }

  /**
   * The evidence most common among the window's posts in a category. Personal data gives the
   * recognizer's name (uk_phone), never the matched text, which is the personal data itself.
   */
  async topTerms(category: string, start: Date, end: Date, manager?: EntityManager): Promise<string[]> {
    const rows = await selectRows<TermRow>(
      this.q(manager),
      `SELECT term FROM (
         SELECT CASE WHEN c.category = 'personal_data' THEN e->>'reason' ELSE lower(e->>'text') END AS term
         FROM mentions m
         JOIN classifications c ON c.mention_id = m.id AND c.category = $1
         CROSS JOIN LATERAL jsonb_array_elements(c.evidence) AS e
         WHERE m.top_category = $1 AND m.posted_at >= $2 AND m.posted_at < $3) t
       WHERE term IS NOT NULL AND term <> ''
       GROUP BY term ORDER BY count(*) DESC, term LIMIT 5`,
      [category, start, end],
    );
    return rows.map((r) => r.term);
  }

  /**
   * Stores an alert unless an unacknowledged one for the same category and window kind overlaps
   * it (a day-long spike is one alert, not 24). Returns the row when it was stored.
   */
  async insertAlert(alert: NewSpikeAlert, manager?: EntityManager): Promise<SpikeAlertRow | undefined> {
    return selectRow<SpikeAlertRow>(
      this.q(manager),
      `INSERT INTO spike_alerts (category, "window", window_start, window_end, count, baseline_median, baseline_mad,
                                 threshold, terms)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9
       WHERE NOT EXISTS (SELECT 1 FROM spike_alerts
                         WHERE category = $1 AND "window" = $2 AND acknowledged_at IS NULL AND window_end > $3)
       ON CONFLICT (category, "window", window_end) DO NOTHING
       RETURNING ${ALERT_COLUMNS}`,
      [
        alert.category,
        alert.window,
        alert.windowStart,
        alert.windowEnd,
        alert.count,
        alert.baselineMedian,
        alert.baselineMad,
        alert.threshold,
        alert.terms,
      ],
    );
  }

  async listAlerts(includeAcknowledged: boolean, limit: number): Promise<SpikeAlertRow[]> {
    return selectRows<SpikeAlertRow>(
      this.q(),
      `SELECT ${ALERT_COLUMNS} FROM spike_alerts
       WHERE $1::boolean OR acknowledged_at IS NULL ORDER BY created_at DESC, id DESC LIMIT $2`,
      [includeAcknowledged, limit],
    );
  }

  async findAlert(id: string, manager?: EntityManager): Promise<SpikeAlertRow | undefined> {
    return selectRow<SpikeAlertRow>(this.q(manager), `SELECT ${ALERT_COLUMNS} FROM spike_alerts WHERE id = $1`, [id]);
  }

  /** Marks the alert acknowledged; undefined when it was already acknowledged (or is missing). */
  async acknowledgeAlert(id: string, userId: string, manager?: EntityManager): Promise<SpikeAlertRow | undefined> {
    return selectRow<SpikeAlertRow>(
      this.q(manager),
      `UPDATE spike_alerts SET acknowledged_at = now(), acknowledged_by = $2
       WHERE id = $1 AND acknowledged_at IS NULL RETURNING ${ALERT_COLUMNS}`,
      [id, userId],
    );
  }

  /** Runs `work` in a transaction holding the spike job's advisory lock; false when another replica holds it. */
  async withJobLock(work: (manager: EntityManager) => Promise<void>): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const lock = await selectRow<LockRow>(
        manager,
        `SELECT pg_try_advisory_xact_lock(hashtext('ou-listening:trends:spike-alerts')) AS held`,
      );
      if (!lock?.held) return false;
      await work(manager);
      return true;
    });
  }
}
