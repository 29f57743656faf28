import type { MentionListItem } from '@ou-listening/shared';
import type { UseInfiniteQueryResult, InfiniteData } from '@tanstack/react-query';
import type { MentionPage } from '@ou-listening/shared';
import { Button } from '../../../components/ui/button';
import { MentionList } from './mention-list';
import { ErrorAlert } from '../../../components/ui/error-alert';

type Props = {
  query: UseInfiniteQueryResult<InfiniteData<MentionPage>>;
  items: MentionListItem[];
  filtered: boolean;
  selectedId: string | null;
  checkedIds: ReadonlySet<string>;
  onSelect: (id: string) => void;
  onToggleChecked: (id: string) => void;
  onClearFilters: () => void;
  banded: boolean;
};

/** The list, or why there is none: loading, an error to retry, no matches, or nothing left to decide. */
export function QueueResults({ query, items, filtered, onClearFilters, ...list }: Props) {
  if (query.isPending)
    return (
      <p className="loading" role="status">
        Loading the queue…
      </p>
    );
  if (query.isError)
    return (
      <ErrorAlert>
        Could not load the queue: {query.error.message}{' '}
        <Button small onClick={() => void query.refetch()}>
          Try again
        </Button>
      </ErrorAlert>
    );
  if (items.length === 0)
    return filtered ? (
      <p className="empty">
        No matches: no mention fits these filters.{' '}
        <Button small onClick={onClearFilters}>
          Clear filters
        </Button>
      </p>
    ) : (
      <p className="empty">Nothing left to decide: every mention in the open queue has been dealt with.</p>
    );
  return (
    <>
      <MentionList mentions={items} {...list} />
      {query.hasNextPage && (
        <Button className="triage__more" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </Button>
      )}
    </>
  );
}
