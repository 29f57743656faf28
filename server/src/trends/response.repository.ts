import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TrendInterval, TrendRange } from '@ou-listening/shared';
import { DataSource } from 'typeorm';
import { selectRow, selectRows } from '../database/sql.js';

/** One bucket's duration percentiles; `key` is a category, or null for the whole of the bucket. */
export type DurationRow = { start: string; key: string | null; n: number; p50: number | null; p90: number | null };
export type BacklogNowRow = {
  open: number;
  unassigned: number;
  untriaged: number;
  oldest_untriaged_seconds: number | null;
  urgent_waiting: number;
  oldest_urgent_waiting_seconds: number | null;
};
/** Flagged mentions that arrived (+) or had their first action (−) on a London day, up to the range's end. */
export type BacklogDayRow = { day: string; arrived: number; actioned: number };
export type EscalationDurationRow = DurationRow & { kind: 'acknowledge' | 'close' };
export type OwnAccountRow = DurationRow & { unanswered: number };

const START = `(($1::date)::timestamp AT TIME ZONE 'Europe/London')`;
const END = `(($2::date + 1)::timestamp AT TIME ZONE 'Europe/London')`;
const DAY_AFTER = `(($1::date + 1)::timestamp AT TIME ZONE 'Europe/London')`;
const bucket = (column: string) => `date_trunc($3::text, ${column} AT TIME ZONE 'Europe/London')::date::text`;
const PERCENTILES = (seconds: string) => `count(*)::int AS n,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY ${seconds}) AS p50,
  percentile_cont(0.9) WITHIN GROUP (ORDER BY ${seconds}) AS p90`;

/** The SQL of "are we responding fast enough?" (issue 20): times, backlog and replies. */
@Injectable()
export class ResponseRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Seconds from ingestion to first action for flagged mentions ingested in the range and acted on,
   * per bucket of ingestion: for all of them (key null) and per top category.
   */
  async firstAction(range: TrendRange, interval: TrendInterval): Promise<DurationRow[]> {
    return selectRows<DurationRow>(
      this.dataSource,
      `SELECT start, top_category AS key, ${PERCENTILES('seconds')}
       FROM (SELECT ${bucket('ingested_at')} AS start, top_category,
                    extract(epoch FROM first_action_at - ingested_at) AS seconds
             FROM mentions
             WHERE top_category IS NOT NULL AND first_action_at IS NOT NULL
               AND ingested_at >= ${START} AND ingested_at < ${END}) t
       GROUP BY GROUPING SETS ((start), (start, top_category))
       ORDER BY start, key NULLS FIRST`,
      [range.from, range.to, interval],
    );
  }

  /**
   * Flagged mentions in the queue now (new or reviewed), those nobody has acted on yet, and of
   * those the pinned ones (safeguarding or threat, still new): the ones that must reach a person in minutes.
   */
  async backlogNow(): Promise<BacklogNowRow> {
    const row = await selectRow<BacklogNowRow>(
      this.dataSource,
      `SELECT count(*)::int AS open,
              count(*) FILTER (WHERE assignee_id IS NULL)::int AS unassigned,
              count(*) FILTER (WHERE first_action_at IS NULL)::int AS untriaged,
              extract(epoch FROM now() - min(ingested_at) FILTER (WHERE first_action_at IS NULL))::float8
                AS oldest_untriaged_seconds,
              count(*) FILTER (WHERE pinned)::int AS urgent_waiting,
              extract(epoch FROM now() - min(ingested_at) FILTER (WHERE pinned))::float8 AS oldest_urgent_waiting_seconds
       FROM mentions WHERE top_category IS NOT NULL AND status IN ('new', 'reviewed')`,
    );
    return (
      row ?? {
        open: 0,
        unassigned: 0,
        untriaged: 0,
        oldest_untriaged_seconds: null,
        urgent_waiting: 0,
        oldest_urgent_waiting_seconds: null,
      }
    );
  }

  /**
   * Per London day up to the range's end: flagged mentions ingested, and flagged mentions first
   * acted on. Waiting at a day's end is the running sum of the difference.
   */
  async backlogDays(range: TrendRange): Promise<BacklogDayRow[]> {
    return selectRows<BacklogDayRow>(
      this.dataSource,
      `SELECT day::text AS day, sum(arrived)::int AS arrived, sum(actioned)::int AS actioned
       FROM (SELECT (ingested_at AT TIME ZONE 'Europe/London')::date AS day, 1 AS arrived, 0 AS actioned
               FROM mentions WHERE top_category IS NOT NULL AND ingested_at < ${DAY_AFTER}
             UNION ALL
             SELECT (first_action_at AT TIME ZONE 'Europe/London')::date, 0, 1
               FROM mentions WHERE top_category IS NOT NULL AND first_action_at < ${DAY_AFTER}) e
       GROUP BY day ORDER BY day`,
      [range.to],
    );
  }

  /** Escalations raised in the range: seconds to acknowledge and to close, overall (start null) and per bucket. */
  async escalationTimes(range: TrendRange, interval: TrendInterval): Promise<EscalationDurationRow[]> {
    const part = (kind: string, column: string) => `
      SELECT '${kind}' AS kind, start, NULL::text AS key, ${PERCENTILES('seconds')}
      FROM (SELECT ${bucket('created_at')} AS start, extract(epoch FROM ${column} - created_at) AS seconds
            FROM escalations
            WHERE ${column} IS NOT NULL AND created_at >= ${START} AND created_at < ${END}) t
      GROUP BY GROUPING SETS ((), (start))`;
    return selectRows<EscalationDurationRow>(
      this.dataSource,
      `${part('acknowledge', 'acknowledged_at')} UNION ALL ${part('close', 'closed_at')} ORDER BY kind, start NULLS FIRST`,
      [range.from, range.to, interval],
    );
  }

  /**
   * Comments on the OU's own accounts posted in the range: seconds from posting to our first reply
   * (a reply the platform accepted, or a "responded" mark), per bucket of posting, and how many
   * have had none.
   */
  async ownAccountResponse(range: TrendRange, interval: TrendInterval): Promise<OwnAccountRow[]> {
    return selectRows<OwnAccountRow>(
      this.dataSource,
      `SELECT ${bucket('m.posted_at')} AS start, NULL::text AS key,
              count(r.at)::int AS n,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.at - m.posted_at)) AS p50,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM r.at - m.posted_at)) AS p90,
              count(*) FILTER (WHERE r.at IS NULL)::int AS unanswered
       FROM mentions m
       LEFT JOIN LATERAL (
         SELECT min(at) AS at FROM (
           SELECT created_at AS at FROM mention_marks WHERE mention_id = m.id AND mark = 'responded'
           UNION ALL
           SELECT settled_at FROM platform_actions WHERE mention_id = m.id AND kind = 'reply' AND status = 'done') x
       ) r ON true
       WHERE m.on_own_account AND m.posted_at >= ${START} AND m.posted_at < ${END}
       GROUP BY 1 ORDER BY 1`,
      [range.from, range.to, interval],
    );
  }
}
