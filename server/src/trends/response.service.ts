import { Inject, Injectable } from '@nestjs/common';
import {
  CATEGORY_CODES,
  type CategoryCode,
  type DurationBucket,
  type DurationStats,
  type ResponseTrends,
  type TrendInterval,
  type TrendRange,
} from '@ou-listening/shared';
import { APP_CONFIG } from '../config/app-config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { type DurationRow, ResponseRepository } from './response.repository.js';
import { bucketOf, bucketStarts, checkRange } from './trends.range.js';

const seconds = (value: number | null): number | null => (value === null ? null : Math.round(value));
const stats = (row: DurationRow | undefined): DurationStats => ({
  n: row?.n ?? 0,
  p50Seconds: seconds(row?.p50 ?? null),
  p90Seconds: seconds(row?.p90 ?? null),
});

/** Every bucket of the range, zero-filled from the rows that carry `key`. */
function durationSeries(starts: string[], rows: DurationRow[], key: string | null): DurationBucket[] {
  const byStart = new Map(rows.filter((r) => r.key === key).map((r) => [r.start, r]));
  return starts.map((start) => ({ start, ...stats(byStart.get(start)) }));
}

/** Are we responding fast enough? Time to first action, the backlog, escalations and replies (issue 20). */
@Injectable()
export class ResponseService {
  constructor(
    private readonly repository: ResponseRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async response(query: TrendRange & { interval: TrendInterval }): Promise<ResponseTrends> {
    const range = checkRange(query);
    const { interval } = query;
    const starts = bucketStarts(range, interval);
    const [firstAction, backlogNow, backlogDays, escalations, ownAccount] = await Promise.all([
      this.repository.firstAction(range, interval),
      this.repository.backlogNow(),
      this.repository.backlogDays(range),
      this.repository.escalationTimes(range, interval),
      this.repository.ownAccountResponse(range, interval),
    ]);
    const perCategory = Object.fromEntries(
      CATEGORY_CODES.map((code) => [code, durationSeries(starts, firstAction, code)]),
    ) as Record<CategoryCode, DurationBucket[]>;
    const acknowledge = escalations.filter((r) => r.kind === 'acknowledge');
    const close = escalations.filter((r) => r.kind === 'close');
    return {
      ...range,
      interval,
      targets: this.config.trendTargets,
      firstAction: { all: durationSeries(starts, firstAction, null), ...perCategory },
      backlogNow: {
        open: backlogNow.open,
        unassigned: backlogNow.unassigned,
        untriaged: backlogNow.untriaged,
        oldestUntriagedSeconds: seconds(backlogNow.oldest_untriaged_seconds),
        urgentWaiting: backlogNow.urgent_waiting,
        oldestUrgentWaitingSeconds: seconds(backlogNow.oldest_urgent_waiting_seconds),
      },
      backlog: waitingAtEachBucketEnd(starts, range, interval, backlogDays),
      escalations: {
        acknowledge: stats(acknowledge.find((r) => r.start === null)),
        close: stats(close.find((r) => r.start === null)),
        acknowledgeBuckets: durationSeries(
          starts,
          acknowledge.filter((r) => r.start !== null),
          null,
        ),
        closeBuckets: durationSeries(
          starts,
          close.filter((r) => r.start !== null),
          null,
        ),
      },
      ownAccountResponse: durationSeries(starts, ownAccount, null),
      ownAccountUnanswered: ownAccount.reduce((sum, r) => sum + r.unanswered, 0),
    };
  }
}

/** The running total of arrivals less first actions, read at the last day of each bucket in the range. */
function waitingAtEachBucketEnd(
  starts: string[],
  range: TrendRange,
  interval: TrendInterval,
  days: { day: string; arrived: number; actioned: number }[],
): { start: string; waiting: number }[] {
  const waiting = new Map(starts.map((s) => [s, 0]));
  let running = 0;
  for (const row of days) {
    running += row.arrived - row.actioned;
    if (row.day < range.from) continue;
    waiting.set(bucketOf(row.day, interval), running);
  }
  // A bucket with no arrivals or actions of its own holds what the one before it ended with.
  let carried = days.filter((d) => d.day < range.from).reduce((sum, d) => sum + d.arrived - d.actioned, 0);
  const seen = new Set(days.filter((d) => d.day >= range.from).map((d) => bucketOf(d.day, interval)));
  return starts.map((start) => {
    if (seen.has(start)) carried = waiting.get(start)!;
    return { start, waiting: carried };
  });
}
