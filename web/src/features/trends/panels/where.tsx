import type { CategoryCode, TopEntry } from '@ou-listening/shared';
import { colourOf, labelOf } from '../components/series';
import { TrendChart } from '../components/trend-chart';
import type { PanelDefinition } from './panel';
import { tieNote, topPanel } from './top-panel';

export const WHERE_PANELS: PanelDefinition[] = [
  {
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
              label: p,
              colour: colourOf(p, i),
              kind: 'bar',
              stack: 'p',
            }))}
            onSelect={(i) => ctx.open(ctx.rangeDrill({ topCategory: rows[i]!.category as CategoryCode }))}
          />
        ),
        table: {
          caption: 'Mentions per category and platform',
          columns: ['Category', 'Platform', 'Mentions'],
          rows: matrix.rows.flatMap((r) =>
            matrix.platforms
              .filter((p) => (r.counts[p] ?? 0) > 0)
              .map((p) => ({
                cells: [labelOf(r.category), p, r.counts[p]!],
                href: ctx.href(ctx.rangeDrill({ topCategory: r.category as CategoryCode | 'none', platform: p })),
              })),
          ),
        },
      };
    },
  },
  {
    id: 'top-authors',
    question: 'where',
    title: 'Top authors by flagged mentions',
    description: 'Ties go to the most recently flagged. Managers see counts, not who posted.',
    csv: () => ({ dataset: 'top', by: 'author' }),
    query: (data) => data.authors,
    render: (ctx) => {
      const items = ctx.data.authors.data!.items;
      // Managers get "Author 1": no handle to drill by, and none should reach the URL.
      const named = ctx.role !== 'manager';
      const label = (i: TopEntry) => (named ? `@${i.key} (${i.platform})` : i.key);
      const ties = tieNote(items, 'flagged');
      return {
        chart: items.length ? (
          <>
            {ties && <p className="trend-card__note">{ties}</p>}
            <TrendChart
              ranked
              rows={items.map((i) => ({ label: label(i), flagged: i.flagged }))}
              xKey="label"
              height={items.length * 26 + 40}
              series={[{ key: 'flagged', label: 'Flagged', colour: '#8b1a4a', kind: 'bar' }]}
              onSelect={
                named
                  ? (i) =>
                      ctx.open(ctx.rangeDrill({ author: items[i]!.key, platform: items[i]!.platform ?? undefined }))
                  : undefined
              }
            />
          </>
        ) : (
          <p className="empty">No flagged mentions in this range.</p>
        ),
        table: {
          caption: 'Authors with the most flagged mentions',
          columns: ['Author', 'Flagged', 'All', 'Last flagged'],
          rows: items.map((i) => ({
            cells: [label(i), i.flagged, i.mentions, i.lastFlagged ?? ''],
            href: named ? ctx.href(ctx.rangeDrill({ author: i.key, platform: i.platform ?? undefined })) : undefined,
            // The author's own page: every source, counts by category, notes, watchlist.
            firstCellHref:
              named && i.platform
                ? `/authors/${encodeURIComponent(i.platform)}/handle/${encodeURIComponent(i.key)}`
                : undefined,
          })),
        },
      };
    },
  },
  topPanel('hashtag', 'Top hashtags', '#'),
  topPanel('domain', 'Top link domains', ''),
];
