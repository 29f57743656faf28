import type { ChangeMeasure, PeriodSummary, TrendsSummary } from '@ou-listening/shared';
import { formatDuration, formatShare } from '../range';
import { Delta, type Tile } from './kpi-delta';
import { Kpi } from './kpi';
import { formatUkDate } from '../../../lib/uk-time';

type Props = { summary: TrendsSummary };

/** One headline figure: how to read it from a period, how to show it, and which way is better. */
type TileDefinition = {
  label: string;
  pick: (period: PeriodSummary) => number | null;
  format: (value: number | null) => string;
  lowerIsBetter: boolean | null;
  /** counts whose change the server describes */
  measure?: ChangeMeasure;
  /** a share, whose change is in percentage points */
  share?: boolean;
};

const count = (value: number | null) => String(value);
const share = (s: PeriodSummary) => (s.mentions === 0 ? null : s.flagged / s.mentions);

const TILES: TileDefinition[] = [
  { label: 'Mentions', measure: 'mentions', pick: (s) => s.mentions, format: count, lowerIsBetter: null },
  { label: 'Flagged', measure: 'flagged', pick: (s) => s.flagged, format: count, lowerIsBetter: true },
  {
    label: 'Flagged share',
    share: true,
    pick: share,
    format: (v) => (v === null ? '—' : formatShare(v)),
    lowerIsBetter: true,
  },
  { label: 'Escalated', measure: 'escalated', pick: (s) => s.escalated, format: count, lowerIsBetter: true },
  { label: 'Hidden', measure: 'hidden', pick: (s) => s.hidden, format: count, lowerIsBetter: true },
  { label: 'Open escalations', pick: (s) => s.openEscalations, format: count, lowerIsBetter: true },
  {
    label: 'Time to first action (median)',
    pick: (s) => s.timeToFirstAction.medianSeconds,
    format: formatDuration,
    lowerIsBetter: true,
  },
  {
    label: 'Time to first action (90th percentile)',
    pick: (s) => s.timeToFirstAction.p90Seconds,
    format: formatDuration,
    lowerIsBetter: true,
  },
];

const tileOf = (d: TileDefinition, summary: TrendsSummary): Tile => ({
  label: d.label,
  value: d.format(d.pick(summary.current)),
  current: d.pick(summary.current),
  previous: d.pick(summary.previous),
  previousText: d.format(d.pick(summary.previous)),
  lowerIsBetter: d.lowerIsBetter,
  change: d.measure ? summary.changes[d.measure] : undefined,
  share: d.share,
});

/** Headline figures for the range, each against the previous period of the same length. */
export function KpiTiles({ summary }: Props) {
  const p = summary.previous;
  return (
    <ul className="kpi-tiles" aria-label="Key figures">
      {TILES.map((d) => tileOf(d, summary)).map((tile) => (
        <Kpi key={tile.label} label={tile.label}>
          <strong className="kpi__value">{tile.value}</strong>
          <Delta tile={tile} />
          <span className="kpi__previous">
            previous {formatUkDate(p.from)} – {formatUkDate(p.to)}: {tile.previousText}
          </span>
        </Kpi>
      ))}
    </ul>
  );
}
