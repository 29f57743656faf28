import type { EscalationBucket } from '@ou-listening/shared';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

type Props = { buckets: EscalationBucket[] };

export function EscalationsChart({ buckets }: Props) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={buckets} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e3e7ee" />
        <XAxis dataKey="start" fontSize={12} minTickGap={24} />
        <YAxis allowDecimals={false} fontSize={12} />
        <Tooltip />
        <Legend />
        <Bar dataKey="raised" name="Raised" fill="#b42318" isAnimationActive={false} />
        <Bar dataKey="closed" name="Closed" fill="#1a7f37" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
