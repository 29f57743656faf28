import {
  CATEGORY_COLOURS,
  CATEGORY_INFO,
  isCategoryCode,
  UNFLAGGED_COLOUR,
  UNFLAGGED_KEY,
  type VolumeSeries,
} from '@ou-listening/shared';

/** Categories take their one colour from shared/, platforms theirs below; anything else cycles through a palette. */
const PALETTE = ['#0e4c92', '#e08a00', '#2a9d8f', '#8e44ad', '#c0392b', '#7f8c8d', '#16a085', '#d35400'];

/** One colour a platform, whatever else is charted beside it, each clearly apart from the others. */
const PLATFORM_COLOURS: Record<string, string> = {
  x: '#3d3d3d',
  bluesky: '#4a90e2',
  facebook: '#0e4c92',
  mastodon: '#6f42c1',
  instagram: '#c13584',
  youtube: '#c4302b',
  reddit: '#2a9d8f',
  rss: '#e08a00',
  report: '#6b8e23',
  demo: '#7f8c8d',
};

export const colourOf = (key: string, index: number): string =>
  isCategoryCode(key)
    ? CATEGORY_COLOURS[key]
    : key === UNFLAGGED_KEY
      ? UNFLAGGED_COLOUR
      : (PLATFORM_COLOURS[key] ?? PALETTE[index % PALETTE.length]!);

export function labelOf(key: string): string {
  if (key === UNFLAGGED_KEY) return 'Not flagged';
  if (isCategoryCode(key)) return CATEGORY_INFO[key].label;
  return key;
}

export type ChartRow = { start: string } & Record<string, number | string>;

/** Recharts wants one flat object per bucket. */
export const toChartRows = (series: VolumeSeries): ChartRow[] =>
  series.buckets.map((b) => ({ start: b.start, ...b.counts }));

/** Flagged share per bucket, from a series grouped by category. */
export function flaggedShareRows(
  series: VolumeSeries,
): { start: string; flagged: number; total: number; share: number }[] {
  return series.buckets.map((b) => {
    const flagged = b.total - (b.counts[UNFLAGGED_KEY] ?? 0);
    return { start: b.start, flagged, total: b.total, share: b.total === 0 ? 0 : flagged / b.total };
  });
}
