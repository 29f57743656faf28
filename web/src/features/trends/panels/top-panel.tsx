import type { TopDimension, TopEntry } from '@ou-listening/shared';
import { TrendChart } from '../components/trend-chart';
import type { TrendsData } from '../hooks/use-trends-data';
import type { PanelDefinition } from './panel';

/** "1 each" when every entry has one, so a list of ties does not read as a ranking. */
export function tieNote(items: TopEntry[], field: 'flagged' | 'mentions'): string | undefined {
  if (items.length < 2) return undefined;
  const first = items[0]![field];
  return items.every((i) => i[field] === first) ? `${first} each: ties, most recent first.` : undefined;
}

/** A ranked card of hashtags or link domains, by mentions, with how many were flagged. */
export function topPanel(by: Exclude<TopDimension, 'author'>, title: string, prefix: string): PanelDefinition {
  const pick = (data: TrendsData) => (by === 'hashtag' ? data.hashtags : data.domains);
  return {
    id: `top-${by}s`,
    question: 'where',
    title,
    description: 'By mentions; the darker bar is how many of them were flagged.',
    csv: () => ({ dataset: 'top', by }),
    query: pick,
    render: (ctx) => {
      const items = pick(ctx.data).data!.items;
      const rows = items.map((i) => ({ label: `${prefix}${i.key}`, mentions: i.mentions, flagged: i.flagged }));
      return {
        chart: rows.length ? (
          <TrendChart
            ranked
            rows={rows}
            xKey="label"
            height={rows.length * 26 + 40}
            series={[
              { key: 'mentions', label: 'Mentions', colour: '#7ea6d8', kind: 'bar' },
              { key: 'flagged', label: 'Flagged', colour: '#8b1a4a', kind: 'bar' },
            ]}
          />
        ) : (
          <p className="empty">Nothing in this range.</p>
        ),
        table: {
          caption: `${title}, with how many were flagged`,
          columns: [by === 'hashtag' ? 'Hashtag' : 'Domain', 'Mentions', 'Flagged'],
          rows: rows.map((r) => [r.label, r.mentions, r.flagged]),
        },
      };
    },
  };
}
