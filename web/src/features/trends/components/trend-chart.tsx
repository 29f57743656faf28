import {
  CartesianGrid,
  ComposedChart,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import { type ChartRow, type ChartSeries, type ChartTarget, indexAt, seriesElement, targetLine } from './chart-parts';
import { RankedTick, rankedAxisWidth } from './ranked-tick';
import { formatUkDate } from '../../../lib/uk-time';

export type { ChartRow, ChartSeries, ChartTarget } from './chart-parts';

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
  /** a click on a point or bar: the row's index (every chart drills down), and the series when a bar was hit */
  onSelect?: (index: number, seriesKey?: string) => void;
};

/** A bucket's first day as dd/mm/yyyy, like every date in the dashboard; other categories as they are. */
const categoryText = (category: unknown) =>
  typeof category === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(category) ? formatUkDate(category) : String(category);

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
  const axisWidth = ranked ? rankedAxisWidth(rows.map((row) => String(row[xKey]))) : 0;
  const category = ranked ? (
    <YAxis
      type="category"
      dataKey={xKey}
      width={axisWidth}
      fontSize={11}
      interval={0}
      tick={(tick: YAxisTickContentProps) => <RankedTick {...tick} axisWidth={axisWidth} />}
    />
  ) : (
    <XAxis dataKey={xKey} fontSize={11} minTickGap={16} tickFormatter={categoryText} />
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
          const index = onSelect ? indexAt(state, rows, xKey) : -1;
          if (index >= 0) onSelect?.(index);
        }}
        style={onSelect ? { cursor: 'pointer' } : undefined}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#e3e7ee" />
        {category}
        {value}
        <Tooltip formatter={(v) => format(v)} labelFormatter={categoryText} />
        {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
        {targets.map((t) => targetLine(t, ranked))}
        {series.map((s) => seriesElement(s, rows, onSelect))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
