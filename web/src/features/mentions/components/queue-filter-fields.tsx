import { MENTION_STATUSES, type MentionStatus } from '@ou-listening/shared';
import type { QueueFilters as Filters, QueueSort } from '../filters';
import { STATUS_LABELS } from './format';
import { PlatformFilter } from './platform-filter';
import { Options } from '../../../components/ui/options';

const MIN_SCORES = [0.3, 0.5, 0.7, 0.9];

/** The on/off filters, in the order they are shown. */
const CHECKS = [
  ['secondLook', 'Second look only'],
  ['ownAccount', 'On our accounts only'],
  ['watchedAuthor', 'Watched authors only'],
  ['impersonation', 'Possible impersonation only (5.2)'],
] as const;

type Props = { filters: Filters; set: <K extends keyof Filters>(key: K, value: Filters[K]) => void };

/** Every filter but the search box: each change goes straight to the URL. */
export function QueueFilterFields({ filters, set }: Props) {
  return (
    <>
      <label>
        Status
        <select
          value={filters.status ?? ''}
          onChange={(e) => set('status', (e.target.value || null) as MentionStatus | null)}
        >
          <option value="">Open (still to decide)</option>
          <Options values={MENTION_STATUSES} labels={STATUS_LABELS} />
        </select>
      </label>
      <PlatformFilter platform={filters.platform} onChange={(platform) => set('platform', platform)} />
      <label>
        From
        <input type="date" value={filters.from ?? ''} onChange={(e) => set('from', e.target.value || null)} />
      </label>
      <label>
        To
        <input type="date" value={filters.to ?? ''} onChange={(e) => set('to', e.target.value || null)} />
      </label>
      <label>
        Minimum risk
        <select
          value={filters.minScore ?? ''}
          onChange={(e) => set('minScore', e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">Any</option>
          {MIN_SCORES.map((score) => (
            <option key={score} value={score}>
              {Math.round(score * 100)} or more
            </option>
          ))}
        </select>
      </label>
      <label>
        Assigned to
        <select value={filters.assignee ?? ''} onChange={(e) => set('assignee', e.target.value || null)}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          <option value="none">Nobody</option>
        </select>
      </label>
      {CHECKS.map(([key, label]) => (
        <label key={key} className="choice">
          <input type="checkbox" checked={filters[key]} onChange={(e) => set(key, e.target.checked)} />
          {label}
        </label>
      ))}
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
