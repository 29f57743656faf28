import { SEARCH_MAX_LENGTH } from '@ou-listening/shared';
import { type FormEvent, type Ref, useEffect, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { DEFAULT_FILTERS, isFiltered, type QueueFilters as Filters } from '../filters';
import { QueueFilterFields } from './queue-filter-fields';

const SEARCH_DELAY_MS = 400;

type Props = { filters: Filters; onChange: (next: Filters) => void; searchRef: Ref<HTMLInputElement> };

/** The queue's filters; what they hold lives in the URL, so this only reports changes. */
export function QueueFilters({ filters, onChange, searchRef }: Props) {
  const [q, setQ] = useState(filters.q);
  // On a phone the filters fold behind one button (CSS shows the button only on narrow screens).
  const [unfolded, setUnfolded] = useState(false);

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
  const change = (changes: Partial<Filters>) => onChange({ ...filters, ...changes });

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
            maxLength={SEARCH_MAX_LENGTH}
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
        <QueueFilterFields filters={filters} change={change} />
        <Button onClick={() => onChange(DEFAULT_FILTERS)}>Clear filters</Button>
      </form>
    </>
  );
}
