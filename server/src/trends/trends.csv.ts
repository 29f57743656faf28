import {
  CATEGORY_CODES,
  type CategoryPlatformMatrix,
  type DurationBucket,
  type ResponseTrends,
  type EscalationSeries,
  type TopList,
  type TrendsSummary,
  type VolumeSeries,
} from '@ou-listening/shared';

/** RFC 4180 quoting, and no cell that a spreadsheet would run as a formula (CWE-1236). */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const volumeCsv = (s: VolumeSeries): string =>
  toCsv(
    ['bucket_start', ...s.keys, 'total', ...(s.buckets[0]?.average ? s.keys.map((k) => `${k}_7day_average`) : [])],
    s.buckets.map((b) => [
      b.start,
      ...s.keys.map((k) => b.counts[k] ?? 0),
      b.total,
      ...(b.average ? s.keys.map((k) => b.average![k] ?? 0) : []),
    ]),
  );

export const matrixCsv = (m: CategoryPlatformMatrix): string =>
  toCsv(
    ['category', ...m.platforms, 'total'],
    m.rows.map((r) => [r.category, ...m.platforms.map((p) => r.counts[p] ?? 0), r.total]),
  );

/** Every duration series of the response panel, one row per series and bucket. */
export function responseCsv(r: ResponseTrends): string {
  const rows = (series: string, buckets: DurationBucket[]) =>
    buckets.map((b) => [series, b.start, b.n, b.p50Seconds, b.p90Seconds]);
  return toCsv(
    ['series', 'bucket_start', 'n', 'p50_seconds', 'p90_seconds'],
    [
      ...Object.entries(r.firstAction).flatMap(([key, buckets]) => rows(`first_action:${key}`, buckets)),
      ...rows('escalation_acknowledge', r.escalations.acknowledgeBuckets),
      ...rows('escalation_close', r.escalations.closeBuckets),
      ...rows('own_account_response', r.ownAccountResponse),
      ...r.backlog.map((b) => ['backlog_waiting', b.start, b.waiting, null, null]),
    ],
  );
}

export const escalationsCsv = (s: EscalationSeries): string =>
  toCsv(
    ['bucket_start', 'raised', 'closed'],
    s.buckets.map((b) => [b.start, b.raised, b.closed]),
  );

export const topCsv = (t: TopList): string =>
  toCsv(
    [t.by, 'platform', 'mentions', 'flagged', ...(t.by === 'author' ? ['last_flagged'] : [])],
    t.items.map((i) => [
      i.key,
      i.platform,
      i.mentions,
      i.flagged,
      ...(t.by === 'author' ? [i.lastFlagged ?? null] : []),
    ]),
  );

export function summaryCsv({ current, previous }: TrendsSummary): string {
  const row = (metric: string, a: number | null, b: number | null) => [metric, a, b];
  return toCsv(
    ['metric', `${current.from}..${current.to}`, `${previous.from}..${previous.to}`],
    [
      row('mentions', current.mentions, previous.mentions),
      row('flagged', current.flagged, previous.flagged),
      ...CATEGORY_CODES.map((c) => row(`category:${c}`, current.byCategory[c], previous.byCategory[c])),
      row('escalated', current.escalated, previous.escalated),
      row('hidden', current.hidden, previous.hidden),
      row('open_escalations', current.openEscalations, previous.openEscalations),
      row('actioned', current.timeToFirstAction.actioned, previous.timeToFirstAction.actioned),
      row(
        'time_to_first_action_median_seconds',
        current.timeToFirstAction.medianSeconds,
        previous.timeToFirstAction.medianSeconds,
      ),
      row(
        'time_to_first_action_p90_seconds',
        current.timeToFirstAction.p90Seconds,
        previous.timeToFirstAction.p90Seconds,
      ),
      // Every platform seen in either period, each share to four places in both columns.
      ...[...new Set([...current.flaggedShareByPlatform, ...previous.flaggedShareByPlatform].map((p) => p.platform))]
        .sort()
        .map((platform) =>
          row(
            `flagged_share:${platform}`,
            shareOf(current.flaggedShareByPlatform, platform),
            shareOf(previous.flaggedShareByPlatform, platform),
          ),
        ),
    ],
  );
}

const shareOf = (shares: { platform: string; share: number }[], platform: string): number | null => {
  const found = shares.find((s) => s.platform === platform);
  return found ? Number(found.share.toFixed(4)) : null;
};
