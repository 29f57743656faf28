import { Area, Bar, Line, ReferenceLine, type YAxisTickContentProps } from 'recharts';

export type ChartRow = Record<string, string | number | null>;

export type ChartSeries = {
  key: string;
  label: string;
  colour: string;
  kind: 'line' | 'area' | 'bar';
  /** series with the same stack id are stacked */
  stack?: string;
  dashed?: boolean;
};

export type ChartTarget = { value: number; label: string };

/** The row under the pointer, or -1 (a bar's own click is masked by the tooltip's cursor). */
export function indexAt(
  state: { activeLabel?: string | number; activeIndex?: number | string | null },
  rows: ChartRow[],
  xKey: string,
): number {
  const label = state.activeLabel;
  const index =
    label != null
      ? rows.findIndex((row) => String(row[xKey]) === String(label))
      : state.activeIndex != null
        ? Number(state.activeIndex)
        : -1;
  return Number.isInteger(index) && index >= 0 && index < rows.length ? index : -1;
}

/** A dashed line at a target, across the value axis. */
export function targetLine(t: ChartTarget, ranked: boolean) {
  return (
    <ReferenceLine
      key={t.label}
      {...(ranked ? { x: t.value } : { y: t.value })}
      stroke="#5b6472"
      strokeDasharray="6 3"
      ifOverflow="extendDomain"
      label={{ value: t.label, position: 'insideTopRight', fontSize: 11, fill: '#3d4450' }}
    />
  );
}

/** One series as recharts draws it (an element, not a component: recharts reads its children). */
export function seriesElement(s: ChartSeries, rows: ChartRow[]) {
  // What every kind is bound by: its column, its name in the tooltip and legend, and no animation.
  const bound = { dataKey: s.key, name: s.label, isAnimationActive: false };
  // A line and an area are both outlined in the series colour.
  const outlined = { ...bound, stroke: s.colour };
  if (s.kind === 'bar') return <Bar key={s.key} {...bound} fill={s.colour} stackId={s.stack} />;
  if (s.kind === 'area')
    return <Area key={s.key} {...outlined} type="linear" fill={s.colour} fillOpacity={0.6} stackId={s.stack} />;
  return (
    <Line
      key={s.key}
      {...outlined}
      type="monotone"
      strokeWidth={2}
      strokeDasharray={s.dashed ? '5 3' : undefined}
      // A lone point draws no line: show the points of a sparse series.
      dot={rows.filter((row) => row[s.key] != null).length <= 3 ? { r: 3 } : false}
      connectNulls
    />
  );
}

/** Ranked bars' labels at 11 px run about 6.5 px a character; the axis takes 96 to 168 px of the card. */
const TICK_CHARACTER_PX = 6.5;
const TICK_GAP_PX = 10;
const RANKED_AXIS_PX = { least: 96, most: 168 };

/** Wide enough for the longest label, within what still leaves the bars room on a phone. */
export function rankedAxisWidth(labels: string[]): number {
  const longest = Math.max(0, ...labels.map((label) => label.length));
  const wanted = Math.ceil(longest * TICK_CHARACTER_PX) + TICK_GAP_PX;
  return Math.min(RANKED_AXIS_PX.most, Math.max(RANKED_AXIS_PX.least, wanted));
}

/** The label as it fits an axis that wide: cut with "…" when too long. */
export function fitLabel(label: string, axisWidth: number): string {
  const room = Math.floor((axisWidth - TICK_GAP_PX) / TICK_CHARACTER_PX);
  return label.length <= room ? label : `${label.slice(0, Math.max(1, room - 1))}…`;
}

type RankedTickProps = YAxisTickContentProps & { axisWidth: number };

/** A ranked bar's label, cut to fit rather than clipped at the card's edge; the whole label shows on hover. */
export function RankedTick({ x, y, payload, fill, axisWidth }: RankedTickProps) {
  const label = String(payload.value);
  return (
    <text x={x} y={y} dy="0.355em" textAnchor="end" fontSize={11} fill={fill ?? '#666'}>
      <title>{label}</title>
      {fitLabel(label, axisWidth)}
    </text>
  );
}
