import { Area, Bar, Line, ReferenceLine } from 'recharts';

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

/** A click on one bar segment: its row's index and its series. */
export type BarSelect = (index: number, seriesKey: string) => void;

/**
 * One series as recharts draws it (an element, not a component: recharts reads its children).
 * A bar's own click names its series, a platform's segment of a stacked bar say, and stops there:
 * the chart's click would open the whole bar.
 */
export function seriesElement(s: ChartSeries, rows: ChartRow[], onBar?: BarSelect) {
  // What every kind is bound by: its column, its name in the tooltip and legend, and no animation.
  const bound = { dataKey: s.key, name: s.label, isAnimationActive: false };
  // A line and an area are both outlined in the series colour.
  const outlined = { ...bound, stroke: s.colour };
  if (s.kind === 'bar')
    return (
      <Bar
        key={s.key}
        {...bound}
        fill={s.colour}
        stackId={s.stack}
        onClick={(_bar, index, event) => {
          if (!onBar) return;
          event.stopPropagation();
          onBar(index, s.key);
        }}
      />
    );
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
