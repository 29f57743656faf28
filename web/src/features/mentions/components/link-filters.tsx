import { CATEGORY_INFO, type TopCategoryFilter } from '@ou-listening/shared';
import type { QueueFilters as Filters } from '../filters';

/** "Top category: Flagged (any category)": a Trends figure's filter, in words. */
function topCategoryText(filter: TopCategoryFilter): string {
  if (filter === 'any') return 'Flagged (any category)';
  if (filter === 'none') return 'Not flagged';
  return CATEGORY_INFO[filter].label;
}

type Props = { filters: Filters; change: (changes: Partial<Filters>) => void };

/**
 * The filters only a link sets (Trends' drill-downs): there is no control for them, so each is
 * shown as what it is, with a button that takes it off, and no one wonders why the list is short.
 */
export function LinkFilters({ filters, change }: Props) {
  const applied = [
    filters.topCategory && {
      key: 'topCategory',
      text: `Top category: ${topCategoryText(filters.topCategory)}`,
      off: { topCategory: null },
    },
    filters.author && { key: 'author', text: `Author: @${filters.author.replace(/^@/, '')}`, off: { author: null } },
  ].filter((filter) => !!filter);
  if (applied.length === 0) return null;
  return (
    <div className="queue-filters__applied" role="group" aria-label="Filters from the link">
      {applied.map(({ key, text, off }) => (
        <span key={key} className="chip queue-filters__chip">
          {text}
          <button type="button" aria-label={`Remove filter: ${text}`} onClick={() => change(off)}>
            ×
          </button>
        </span>
      ))}
    </div>
  );
}
