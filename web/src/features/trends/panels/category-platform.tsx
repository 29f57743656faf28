import type { CategoryCode } from '@ou-listening/shared';
import { platformLabel } from '@ou-listening/shared';
import { colourOf, labelOf } from '../components/series';
import { TrendChart } from '../components/trend-chart';
import type { PanelDefinition } from './panel';

/**
 * Where each category is flagged: a bar a category, stacked by platform. A platform's segment, or a
 * cell, opens that category on that platform; the rest of a bar's row opens the category.
 */
export const CATEGORY_PLATFORM_PANEL: PanelDefinition = {
  id: 'category-platform',
  question: 'where',
  title: 'Category by platform',
  description: 'Flagged mentions of each category on each platform over the range.',
  csv: () => ({ dataset: 'matrix' }),
  query: (data) => data.matrix,
  render: (ctx) => {
    const matrix = ctx.data.matrix.data!;
    const flagged = matrix.rows.filter((r) => r.category !== 'none');
    const rows = flagged.map((r) => ({ label: labelOf(r.category), category: r.category, ...r.counts }));
    return {
      chart: (
        <TrendChart
          ranked
          rows={rows}
          xKey="label"
          height={rows.length * 28 + 60}
          series={matrix.platforms.map((p, i) => ({
            key: p,
            label: platformLabel(p),
            colour: colourOf(p, i),
            kind: 'bar',
            stack: 'p',
          }))}
          onSelect={(i, platform) =>
            ctx.open(ctx.rangeDrill({ topCategory: rows[i]!.category as CategoryCode, platform }))
          }
        />
      ),
      table: {
        caption: 'Mentions per category and platform',
        columns: ['Category', 'Platform', 'Mentions'],
        rows: matrix.rows.flatMap((r) =>
          matrix.platforms
            .filter((p) => (r.counts[p] ?? 0) > 0)
            .map((p) => ({
              cells: [labelOf(r.category), platformLabel(p), r.counts[p]!],
              href: ctx.href(ctx.rangeDrill({ topCategory: r.category as CategoryCode | 'none', platform: p })),
            })),
        ),
      },
    };
  },
};
