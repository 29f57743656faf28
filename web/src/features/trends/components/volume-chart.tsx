import type { VolumeSeries } from '@ou-listening/shared';
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { colourOf, labelOf, toChartRows } from './series';

type Props = { series: VolumeSeries; kind: 'area' | 'bar' };

/** Volume over time, stacked by the series' grouping: areas for categories, bars for platforms. */
export function VolumeChart({ series, kind }: Props) {
  const rows = toChartRows(series);
  const keys = series.keys;
  return (
    <ResponsiveContainer width="100%" height={280}>
      {kind === 'area' ? (
        <AreaChart data={rows} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e3e7ee" />
          <XAxis dataKey="start" fontSize={12} minTickGap={24} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip />
          <Legend formatter={(value: string) => labelOf(value)} />
          {keys.map((key, i) => (
            <Area
              key={key}
              type="linear"
              dataKey={key}
              name={key}
              stackId="volume"
              stroke={colourOf(key, i)}
              fill={colourOf(key, i)}
              fillOpacity={0.75}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      ) : (
        <BarChart data={rows} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e3e7ee" />
          <XAxis dataKey="start" fontSize={12} minTickGap={24} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip />
          <Legend formatter={(value: string) => labelOf(value)} />
          {keys.map((key, i) => (
            <Bar
              key={key}
              dataKey={key}
              name={key}
              stackId="volume"
              fill={colourOf(key, i)}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
