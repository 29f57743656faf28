import type { QueueFilters as Filters, QueueSort } from '../filters';
import { LinkFilters } from './link-filters';
import { PlatformFilter } from './platform-filter';
import { QueueFilterDates } from './queue-filter-dates';
import { AssigneeFilter, MinScoreFilter, StatusFilter } from './queue-filter-selects';

/** The on/off filters, in the order they are shown. */
const CHECKS = [
  ['secondLook', 'Second look only'],
  ['ownAccount', 'On our accounts only'],
  ['watchedAuthor', 'Watched authors only'],
  ['impersonation', 'Possible impersonation only (5.2)'],
] as const;

type Props = { filters: Filters; change: (changes: Partial<Filters>) => void };

/**
 * Every filter but the search box: each change goes straight to the URL. Whatever a link put in
 * the URL shows here too (a score, an assignee or a status the controls do not offer themselves).
 */
export function QueueFilterFields({ filters, change }: Props) {
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => change({ [key]: value });
  return (
    <>
      <StatusFilter filters={filters} change={change} />
      <PlatformFilter platform={filters.platform} onChange={(platform) => set('platform', platform)} />
      <QueueFilterDates from={filters.from} to={filters.to} onChange={change} />
      <MinScoreFilter filters={filters} change={change} />
      <AssigneeFilter filters={filters} change={change} />
      {CHECKS.map(([key, label]) => (
        <label key={key} className="choice">
          <input type="checkbox" checked={filters[key]} onChange={(e) => set(key, e.target.checked)} />
          {label}
        </label>
      ))}
      <LinkFilters filters={filters} change={change} />
      <label>
        Sort by
        <select value={filters.sort} onChange={(e) => set('sort', e.target.value as QueueSort)}>
          <option value="risk">Highest risk</option>
          <option value="newest">Newest</option>
        </select>
      </label>
    </>
  );
}
