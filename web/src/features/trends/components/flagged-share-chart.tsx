import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

type Props = { rows: { start: string; share: number }[] };

const percent = (value: number) => `${Math.round(value * 100)}%`;

export function FlaggedShareChart({ rows }: Props) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <LineChart data={rows} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e3e7ee" />
        <XAxis dataKey="start" fontSize={12} minTickGap={24} />
        <YAxis tickFormatter={percent} domain={[0, 'auto']} fontSize={12} />
        <Tooltip formatter={(value) => percent(Number(value))} />
        <Line
          type="linear"
          dataKey="share"
          name="Flagged share"
          stroke="#c2185b"
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
