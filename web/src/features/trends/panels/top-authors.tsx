import type { TopEntry } from '@ou-listening/shared';
import { TrendChart } from '../components/trend-chart';
import type { PanelDefinition } from './panel';
import { tieNote } from './top-panel';

/** Who is flagged most; managers see counts without names, so nothing opens who posted. */
export const TOP_AUTHORS_PANEL: PanelDefinition = {
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
                ? (i) => ctx.open(ctx.rangeDrill({ author: items[i]!.key, platform: items[i]!.platform ?? undefined }))
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
};
