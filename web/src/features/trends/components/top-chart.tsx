import type { TopEntry } from '@ou-listening/shared';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

type Props = { items: TopEntry[]; prefix: string };

/** Ranked horizontal bars: all mentions, and how many of them were flagged. */
export function TopChart({ items, prefix }: Props) {
  if (items.length === 0) return <p className="empty">Nothing in this range.</p>;
  const rows = items.map((item) => ({ ...item, label: `${prefix}${item.key}` }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, rows.length * 28 + 48)}>
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e3e7ee" />
        <XAxis type="number" allowDecimals={false} fontSize={12} />
        <YAxis type="category" dataKey="label" width={140} fontSize={12} />
        <Tooltip />
        <Legend />
        <Bar dataKey="mentions" name="Mentions" fill="#0e4c92" isAnimationActive={false} />
        <Bar dataKey="flagged" name="Flagged" fill="#c2185b" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
