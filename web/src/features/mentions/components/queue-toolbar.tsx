import type { CategoryCode } from '@ou-listening/shared';
import type { Ref } from 'react';
import { Button } from '../../../components/ui/button';
import { useQueueSummary } from '../api/get-queue-summary';
import { useMarkQueueSeen } from '../api/mark-seen';
import type { QueueFilters as Filters } from '../filters';
import { QueueFilters } from './queue-filters';
import { QueueSummaryBar } from './queue-summary-bar';

type Props = {
  filters: Filters;
  onChange: (next: Filters) => void;
  searchRef: Ref<HTMLInputElement>;
  onShowShortcuts: () => void;
};

/** Above the list: the filters (one "Filters" button on a phone), the counts, the keyboard hint. */
export function QueueToolbar({ filters, onChange, searchRef, onShowShortcuts }: Props) {
  const summary = useQueueSummary(filters);
  const markSeen = useMarkQueueSeen();
  const handleToggleCategory = (code: CategoryCode) =>
    onChange({
      ...filters,
      categories: filters.categories.includes(code)
        ? filters.categories.filter((c) => c !== code)
        : [...filters.categories, code],
    });
  return (
    <>
      <QueueFilters filters={filters} onChange={onChange} searchRef={searchRef} />
      <QueueSummaryBar
        summary={summary.data}
        selectedCategories={filters.categories}
        isMarkingSeen={markSeen.isPending}
        onToggleCategory={handleToggleCategory}
        onMarkSeen={() => markSeen.mutate()}
      />
      <p className="triage__hint muted">
        Press <kbd>?</kbd> for keyboard shortcuts.{' '}
        <Button variant="link" onClick={onShowShortcuts}>
          Show keyboard shortcuts
        </Button>
      </p>
    </>
  );
}
