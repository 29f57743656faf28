import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

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

type Props = {
  rows: ChartRow[];
  /** the row field along the category axis */
  xKey: string;
  series: ChartSeries[];
  height?: number;
  /** horizontal bars, for ranked lists */
  ranked?: boolean;
  formatValue?: (value: number) => string;
  targets?: ChartTarget[];
  /** a click on a point or bar: the row's index (every chart drills down) */
  onSelect?: (index: number) => void;
};

const short = (day: unknown) =>
  typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day.slice(5) : String(day);

/** The one chart of Trends: lines, areas and bars over buckets (or ranked bars), with target lines. */
export function TrendChart({
  rows,
  xKey,
  series,
  height = 220,
  ranked = false,
  formatValue,
  targets = [],
  onSelect,
}: Props) {
  const format = (value: unknown) => (formatValue && typeof value === 'number' ? formatValue(value) : String(value));
  const category = ranked ? (
    <YAxis type="category" dataKey={xKey} width={96} fontSize={11} interval={0} />
  ) : (
    <XAxis dataKey={xKey} fontSize={11} minTickGap={16} tickFormatter={short} />
  );
  const value = ranked ? (
    <XAxis type="number" allowDecimals={false} fontSize={11} tickFormatter={format} />
  ) : (
    <YAxis allowDecimals={!!formatValue} fontSize={11} width={formatValue ? 52 : 36} tickFormatter={format} />
  );
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart
        data={rows}
        layout={ranked ? 'vertical' : 'horizontal'}
        margin={{ top: 6, right: 8, left: 0, bottom: 0 }}
        onClick={(state) => {
          // The bucket under the pointer (a bar's own click is masked by the tooltip's cursor).
          if (!onSelect) return;
          const label = state.activeLabel;
          const index =
            label != null
              ? rows.findIndex((row) => String(row[xKey]) === String(label))
              : state.activeIndex != null
                ? Number(state.activeIndex)
                : -1;
          if (Number.isInteger(index) && index >= 0 && index < rows.length) onSelect(index);
        }}
        style={onSelect ? { cursor: 'pointer' } : undefined}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#e3e7ee" />
        {category}
        {value}
        <Tooltip formatter={(v) => format(v)} />
        {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
        {targets.map((t) => (
          <ReferenceLine
            key={t.label}
            {...(ranked ? { x: t.value } : { y: t.value })}
            stroke="#5b6472"
            strokeDasharray="6 3"
            ifOverflow="extendDomain"
            label={{ value: t.label, position: 'insideTopRight', fontSize: 11, fill: '#3d4450' }}
          />
        ))}
        {series.map((s) =>
          s.kind === 'bar' ? (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.colour}
              stackId={s.stack}
              isAnimationActive={false}
            />
          ) : s.kind === 'area' ? (
            <Area
              key={s.key}
              type="linear"
              dataKey={s.key}
              name={s.label}
              stroke={s.colour}
              fill={s.colour}
              fillOpacity={0.6}
              stackId={s.stack}
              isAnimationActive={false}
            />
          ) : (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.label}
              stroke={s.colour}
              strokeWidth={2}
              strokeDasharray={s.dashed ? '5 3' : undefined}
              // A lone point draws no line: show the points of a sparse series.
              dot={rows.filter((row) => row[s.key] != null).length <= 3 ? { r: 3 } : false}
              connectNulls
              isAnimationActive={false}
            />
          ),
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
