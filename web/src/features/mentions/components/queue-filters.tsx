import { MENTION_STATUSES, type MentionStatus } from '@ou-listening/shared';
import { type FormEvent, type Ref, useEffect, useState } from 'react';
import { usePlatformOptions } from '../api/get-platform-options';
import { Button } from '../../../components/ui/button';
import { DEFAULT_FILTERS, isFiltered, type QueueFilters as Filters, type QueueSort } from '../filters';
import { platformLabel, STATUS_LABELS } from './format';

const SEARCH_DELAY_MS = 400;
const MIN_SCORES = [0.3, 0.5, 0.7, 0.9];

type Props = { filters: Filters; onChange: (next: Filters) => void; searchRef: Ref<HTMLInputElement> };

/** The queue's filters; what they hold lives in the URL, so this only reports changes. */
export function QueueFilters({ filters, onChange, searchRef }: Props) {
  const [q, setQ] = useState(filters.q);
  // On a phone the filters fold behind one button (CSS shows the button only on narrow screens).
  const [unfolded, setUnfolded] = useState(false);
  const platforms = usePlatformOptions();
  // The platform in the URL stays selectable even before the list arrives or if it has no mentions yet.
  const platformChoices = [
    ...(platforms.data ?? []).map((p) => p.platform),
    ...(filters.platform && !platforms.data?.some((p) => p.platform === filters.platform) ? [filters.platform] : []),
  ];

  useEffect(() => setQ(filters.q), [filters.q]);
  useEffect(() => {
    if (q.trim() === filters.q) return;
    const timer = setTimeout(() => onChange({ ...filters, q: q.trim() }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [q, filters, onChange]);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...filters, q: q.trim() });
  };
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });

  return (
    <>
      <Button
        className="queue-filters__toggle"
        aria-expanded={unfolded}
        aria-controls="queue-filters"
        onClick={() => setUnfolded(!unfolded)}
      >
        Filters{isFiltered(filters) ? ' (on)' : ''}
      </Button>
      <form
        id="queue-filters"
        role="search"
        aria-label="Filter mentions"
        className={`queue-filters${unfolded ? '' : ' queue-filters--folded'}`}
        onSubmit={handleSubmit}
      >
        <label className="queue-filters__search">
          Search mentions
          <input
            ref={searchRef}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              // Chromium clears a search box on Escape; here Escape only leaves it (the text stays).
              if (e.key === 'Escape') {
                e.preventDefault();
                e.currentTarget.blur();
              }
            }}
            placeholder="Text or author  ( / )"
          />
        </label>
        <label>
          Status
          <select
            value={filters.status ?? ''}
            onChange={(e) => set('status', (e.target.value || null) as MentionStatus | null)}
          >
            <option value="">Open (still to decide)</option>
            {MENTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Platform
          <select value={filters.platform ?? ''} onChange={(e) => set('platform', e.target.value || null)}>
            <option value="">All platforms</option>
            {platformChoices.map((platform) => (
              <option key={platform} value={platform}>
                {platformLabel(platform)}
              </option>
            ))}
          </select>
        </label>
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
        <label className="choice">
          <input type="checkbox" checked={filters.secondLook} onChange={(e) => set('secondLook', e.target.checked)} />
          Second look only
        </label>
        <label className="choice">
          <input type="checkbox" checked={filters.ownAccount} onChange={(e) => set('ownAccount', e.target.checked)} />
          On our accounts only
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={filters.watchedAuthor}
            onChange={(e) => set('watchedAuthor', e.target.checked)}
          />
          Watched authors only
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={filters.impersonation}
            onChange={(e) => set('impersonation', e.target.checked)}
          />
          Possible impersonation only (5.2)
        </label>
        <label>
          Sort by
          <select value={filters.sort} onChange={(e) => set('sort', e.target.value as QueueSort)}>
            <option value="risk">Highest risk</option>
            <option value="newest">Newest</option>
          </select>
        </label>
        <Button onClick={() => onChange(DEFAULT_FILTERS)}>Clear filters</Button>
      </form>
    </>
  );
}
