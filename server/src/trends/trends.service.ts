import { Injectable, Logger } from '@nestjs/common';
import {
  CATEGORY_CODES,
  CATEGORY_INFO,
  type CategoryPlatformMatrix,
  type DrillDownCount,
  CHANGE_MEASURES,
  describeChange,
  MOVING_AVERAGE_DAYS,
  trailingMean,
  type CategoryCode,
  type EscalationSeries,
  type ExportDataset,
  type PeriodSummary,
  type SpikeAlertList,
  type SpikeAlertView,
  type SpikeWindow,
  type TopDimension,
  type TopList,
  type TrendRange,
  type TrendsSummary,
  UNFLAGGED_KEY,
  type VolumeQuery,
  type VolumeSeries,
  type TrendInterval,
  type Role,
} from '@ou-listening/shared';
import { AuditService } from '../audit/audit.service.js';
import { type QueueQuery, MentionsService } from '../mentions/mentions.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ResponseService } from './response.service.js';
import { escalationsCsv, matrixCsv, responseCsv, summaryCsv, topCsv, volumeCsv } from './trends.csv.js';
import { BASELINE_DAYS, judgeWindow } from './spike-detector.js';
import { DrillByPersonRefused, SpikeAlertNotFound } from './trends.errors.js';
import { checkRange, previousRange, shiftDay } from './trends.range.js';
import { type RollupRow, type SpikeAlertRow, TrendsRepository } from './trends.repository.js';

const WINDOW_HOURS: Readonly<Record<SpikeWindow, number>> = { hour: 1, day: 24 };

export type ExportQuery = VolumeQuery & { dataset: ExportDataset; by: TopDimension; limit: number };

export type Actor = { id: string; email: string; ip?: string };

/** Aggregates for managers: counts, rates and times, never a post's text or the queue. */
/** The roles that work the triage queue, and so may see who posted. */
const AUTHOR_NAMING_ROLES: ReadonlySet<Role> = new Set<Role>(['comms', 'admin']);

@Injectable()
export class TrendsService {
  private readonly logger = new Logger('SpikeAlerts');

  constructor(
    private readonly repository: TrendsRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly responses: ResponseService,
    private readonly mentions: MentionsService,
  ) {}

  /**
   * Zero-filled buckets; a daily series also carries each key's 7-day trailing mean, read from the
   * six days before the range too, so the first day's average is a full week's.
   */
  async volume(query: VolumeQuery): Promise<VolumeSeries> {
    const range = checkRange(query);
    const lead = query.interval === 'day' && query.average ? MOVING_AVERAGE_DAYS - 1 : 0;
    const rows = await this.repository.volume(
      { from: shiftDay(range.from, -lead), to: range.to },
      query.interval,
      query.groupBy,
    );
    const keys = new Set<string>(query.groupBy === 'category' ? [...CATEGORY_CODES, UNFLAGGED_KEY] : []);
    for (const row of rows) if (row.key !== null) keys.add(row.key);
    const byStart = new Map<string, Record<string, number>>();
    for (const row of rows) {
      const counts = byStart.get(row.start) ?? {};
      if (row.key !== null) counts[row.key] = row.n;
      byStart.set(row.start, counts);
    }
    const ordered = [...keys];
    const all = [...byStart].map(([start, found]) => {
      const counts = Object.fromEntries(ordered.map((key) => [key, found[key] ?? 0]));
      return { start, total: Object.values(counts).reduce((a, b) => a + b, 0), counts };
    });
    const averages = lead
      ? Object.fromEntries(
          ordered.map((key) => [
            key,
            trailingMean(
              all.map((b) => b.counts[key]!),
              MOVING_AVERAGE_DAYS,
              lead,
            ),
          ]),
        )
      : null;
    const buckets = all
      .slice(lead)
      .map((bucket, i) =>
        averages ? { ...bucket, average: Object.fromEntries(ordered.map((key) => [key, averages[key]![i]!])) } : bucket,
      );
    return { ...range, interval: query.interval, groupBy: query.groupBy, keys: ordered, buckets };
  }

  /** Mentions per top category × platform: where the harm is. */
  async matrix(query: TrendRange): Promise<CategoryPlatformMatrix> {
    const range = checkRange(query);
    const rows = await this.repository.matrix(range);
    const platforms = [...new Set(rows.map((r) => r.platform))].sort();
    return {
      ...range,
      platforms,
      rows: [...CATEGORY_CODES, UNFLAGGED_KEY].map((category) => {
        const counts = Object.fromEntries(
          platforms.map((p) => [p, rows.find((r) => r.category === category && r.platform === p)?.n ?? 0]),
        );
        return { category, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
      }),
    };
  }

  async escalations(query: TrendRange & { interval: TrendInterval }): Promise<EscalationSeries> {
    const range = checkRange(query);
    const buckets = await this.repository.escalationBuckets(range, query.interval);
    return { ...range, interval: query.interval, buckets };
  }

  async summary(query: TrendRange): Promise<TrendsSummary> {
    const range = checkRange(query);
    const [current, previous] = await Promise.all([this.period(range), this.period(previousRange(range))]);
    const changes = Object.fromEntries([
      ...CHANGE_MEASURES.map((m) => [m, describeChange(current[m], previous[m])]),
      ...CATEGORY_CODES.map((c) => [`category:${c}`, describeChange(current.byCategory[c], previous.byCategory[c])]),
    ]) as TrendsSummary['changes'];
    return { current, previous, changes };
  }

  /**
   * Top authors carry handles only for the roles that triage (issue 18, minimisation): a manager
   * sees how much the top authors post, not who they are.
   */
  async top(query: TrendRange & { by: TopDimension; limit: number }, viewer: Role): Promise<TopList> {
    const range = checkRange(query);
    if (query.by !== 'author')
      return { ...range, by: query.by, items: await this.repository.topTermsOf(range, query.by, query.limit) };
    const rows = await this.repository.topAuthors(range, query.limit);
    const named = AUTHOR_NAMING_ROLES.has(viewer);
    return {
      ...range,
      by: 'author',
      items: rows.map((row, i) => ({
        key: named ? row.key : `Author ${i + 1}`,
        platform: row.platform,
        mentions: row.mentions,
        flagged: row.flagged,
        lastFlagged: row.last_flagged,
      })),
    };
  }

  async drillDown(query: QueueQuery, viewer: { id: string; role: Role }): Promise<DrillDownCount> {
    if (viewer.role === 'manager' && (query.author !== undefined || query.q !== undefined))
      throw new DrillByPersonRefused();
    const { total, countLimit } = await this.mentions.summary(query, viewer.id);
    return { total, countLimit };
  }

  async exportCsv(query: ExportQuery, viewer: Role): Promise<{ filename: string; csv: string }> {
    const range = checkRange(query);
    const name = `trends-${query.dataset}`;
    switch (query.dataset) {
      case 'volume':
        return {
          filename: `${name}-by-${query.groupBy}-${range.from}-${range.to}.csv`,
          csv: volumeCsv(
            await this.volume({ ...range, interval: query.interval, groupBy: query.groupBy, average: query.average }),
          ),
        };
      case 'escalations':
        return {
          filename: `${name}-${range.from}-${range.to}.csv`,
          csv: escalationsCsv(await this.escalations({ ...range, interval: query.interval })),
        };
      case 'summary':
        return { filename: `${name}-${range.from}-${range.to}.csv`, csv: summaryCsv(await this.summary(range)) };
      case 'top':
        return {
          filename: `trends-top-${query.by}-${range.from}-${range.to}.csv`,
          csv: topCsv(await this.top({ ...range, by: query.by, limit: query.limit }, viewer)),
        };
      case 'matrix':
        return { filename: `${name}-${range.from}-${range.to}.csv`, csv: matrixCsv(await this.matrix(range)) };
      case 'response':
        return {
          filename: `${name}-${range.from}-${range.to}.csv`,
          csv: responseCsv(await this.responses.response({ ...range, interval: query.interval })),
        };
    }
  }

  async alerts(includeAcknowledged: boolean): Promise<SpikeAlertList> {
    return { items: (await this.repository.listAlerts(includeAcknowledged, 50)).map(toAlertView) };
  }

  /** Idempotent: acknowledging an acknowledged alert returns it unchanged and audits nothing. */
  async acknowledge(actor: Actor, id: string): Promise<SpikeAlertView> {
    const updated = await this.repository.acknowledgeAlert(id, actor.id);
    if (!updated) {
      const existing = await this.repository.findAlert(id);
      if (!existing) throw new SpikeAlertNotFound(id);
      return toAlertView(existing);
    }
    await this.audit.record({
      actorId: actor.id,
      actorEmail: actor.email,
      action: 'trends.alert_acknowledge',
      targetType: 'spike_alert',
      targetId: id,
      details: { category: updated.category, window: updated.window },
      ip: actor.ip ?? null,
    });
    return toAlertView(updated);
  }

  /**
   * Compares each category's last hour and last day, ending at the top of the hour before `now`,
   * with the same window on each of the previous 28 days. Returns the alerts it raised; none when
   * another replica holds the job's lock.
   */
  async detectSpikes(now: Date): Promise<SpikeAlertView[]> {
    const end = new Date(now);
    end.setUTCMinutes(0, 0, 0);
    const raised: SpikeAlertRow[] = [];
    await this.repository.withJobLock(async (manager) => {
      for (const window of ['hour', 'day'] as const) {
        const hours = WINDOW_HOURS[window];
        const counts = await this.repository.windowCounts(CATEGORY_CODES, end, hours, BASELINE_DAYS, manager);
        for (const category of CATEGORY_CODES) {
          const series = counts.filter((c) => c.category === category);
          const current = series.find((c) => c.daysBack === 0)?.n ?? 0;
          const baseline = series.filter((c) => c.daysBack > 0).map((c) => c.n);
          const verdict = judgeWindow(current, baseline, window);
          if (!verdict.spike) continue;
          const start = new Date(end.getTime() - hours * 3_600_000);
          const row = await this.repository.insertAlert(
            {
              category,
              window,
              windowStart: start,
              windowEnd: end,
              count: current,
              baselineMedian: verdict.median,
              baselineMad: verdict.mad,
              threshold: verdict.threshold,
              terms: await this.repository.topTerms(category, start, end, manager),
            },
            manager,
          );
          if (row) raised.push(row);
        }
      }
    });
    // After commit, so that a notice never points at an alert that was rolled back.
    for (const row of raised) await this.notify(row);
    return raised.map(toAlertView);
  }

  private async notify(row: SpikeAlertRow): Promise<void> {
    const label = CATEGORY_INFO[row.category as CategoryCode]?.label ?? row.category;
    const span = row.window === 'hour' ? 'the last hour' : 'the last 24 hours';
    try {
      await this.notifications.notify({
        kind: 'spike_alert',
        audience: 'managers',
        subject: `Spike in ${label}: ${row.count} posts in ${span}`,
        path: '/trends',
        send: 'now',
        summary:
          `${row.count} posts flagged ${label} in ${span}, against a usual ${row.baseline_median} ` +
          `(alert threshold ${row.threshold.toFixed(1)}). Terms: ${row.terms.join(', ') || 'none recorded'}.`,
      });
    } catch (error) {
      this.logger.error(`Could not notify spike alert ${row.id}: ${error instanceof Error ? error.message : error}`);
    }
  }

  private async period(range: TrendRange): Promise<PeriodSummary> {
    const [rollup, escalations, time] = await Promise.all([
      this.repository.rollup(range),
      this.repository.escalationTotals(range),
      this.repository.timeToFirstAction(range),
    ]);
    return {
      ...range,
      ...countsOf(rollup),
      escalated: escalations.raised,
      openEscalations: escalations.open,
      timeToFirstAction: {
        actioned: time.actioned,
        medianSeconds: time.median === null ? null : Math.round(time.median),
        p90Seconds: time.p90 === null ? null : Math.round(time.p90),
      },
    };
  }
}

function countsOf(rows: RollupRow[]) {
  const byCategory = Object.fromEntries(CATEGORY_CODES.map((c) => [c, 0])) as Record<CategoryCode, number>;
  const platforms = new Map<string, { mentions: number; flagged: number }>();
  let mentions = 0;
  let flagged = 0;
  let hidden = 0;
  for (const row of rows) {
    const isFlagged = row.category !== UNFLAGGED_KEY;
    mentions += row.n;
    if (isFlagged) flagged += row.n;
    if (row.category in byCategory) byCategory[row.category as CategoryCode] += row.n;
    if (row.hidden || row.status === 'hidden') hidden += row.n;
    const platform = platforms.get(row.platform) ?? { mentions: 0, flagged: 0 };
    platform.mentions += row.n;
    if (isFlagged) platform.flagged += row.n;
    platforms.set(row.platform, platform);
  }
  const flaggedShareByPlatform = [...platforms]
    .map(([platform, p]) => ({ platform, ...p, share: p.mentions === 0 ? 0 : p.flagged / p.mentions }))
    .sort((a, b) => b.mentions - a.mentions || a.platform.localeCompare(b.platform));
  return { mentions, flagged, byCategory, hidden, flaggedShareByPlatform };
}

function toAlertView(row: SpikeAlertRow): SpikeAlertView {
  return {
    id: row.id,
    category: row.category as CategoryCode,
    window: row.window,
    windowStart: row.window_start.toISOString(),
    windowEnd: row.window_end.toISOString(),
    count: row.count,
    baselineMedian: row.baseline_median,
    baselineMad: row.baseline_mad,
    threshold: row.threshold,
    terms: row.terms,
    createdAt: row.created_at.toISOString(),
    acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
  };
}
