import type { CategoryCode, MentionListItem } from '@ou-listening/shared';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useBulkUpdate } from '../api/bulk-update';
import { useMention } from '../api/get-mention';
import { useMentions } from '../api/get-mentions';
import { useQueueSummary } from '../api/get-queue-summary';
import { useMarkQueueSeen } from '../api/mark-seen';
import { useQueueFilters } from '../hooks/use-queue-filters';
import { useQueueShortcuts } from '../hooks/use-queue-shortcuts';
import { BulkHideDialog, BulkMarkDialog, EscalateDialog, HideDialog, MarkDialog } from './action-dialogs';
import { BulkBar } from './bulk-bar';
import { MentionDetailPane } from './mention-detail-pane';
import { MentionList } from './mention-list';
import { QueueFilters } from './queue-filters';
import { QueueSummaryBar } from './queue-summary-bar';
import { ShortcutsDialog } from './shortcuts-dialog';

type OpenDialog = 'hide' | 'escalate' | 'mark' | 'bulk-hide' | 'bulk-mark' | 'shortcuts' | null;

type Props = { currentUserId: string };

/** The Communications Unit's queue: filters, the list, the selected mention, and the keyboard. */
export function TriageQueue({ currentUserId }: Props) {
  const [filters, setFilters] = useQueueFilters();
  const mentions = useMentions(filters);
  const summary = useQueueSummary(filters);
  const markSeen = useMarkQueueSeen();
  const bulk = useBulkUpdate();

  // Selection is kept by id, so the 30-second refresh (or another page loading) does not lose it.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [checkedIds, setCheckedIds] = useState<ReadonlySet<string>>(new Set());
  const [openDialog, setOpenDialog] = useState<OpenDialog>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const items = useMemo(() => mentions.data?.pages.flatMap((p) => p.items) ?? [], [mentions.data]);
  const selectedDetail = useMention(selectedId);
  const selected: MentionListItem | undefined = selectedDetail.data ?? items.find((m) => m.id === selectedId);

  const handleSelect = useCallback((id: string) => setSelectedId(id), []);
  const handleToggleChecked = useCallback(
    (id: string) =>
      setCheckedIds((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const handleToggleCategory = (code: CategoryCode) =>
    setFilters({
      ...filters,
      categories: filters.categories.includes(code)
        ? filters.categories.filter((c) => c !== code)
        : [...filters.categories, code],
    });

  const move = (step: 1 | -1) => {
    if (items.length === 0) return;
    const at = items.findIndex((m) => m.id === selectedId);
    const next = at === -1 ? 0 : Math.min(items.length - 1, Math.max(0, at + step));
    const id = items[next]?.id;
    if (!id) return;
    setSelectedId(id);
    document.querySelector(`[data-mention-id="${CSS.escape(id)}"]`)?.scrollIntoView?.({ block: 'nearest' });
  };
  const openForSelected = (dialog: 'hide' | 'escalate' | 'mark') => {
    if (selected && !(dialog === 'hide' && selected.hidden)) setOpenDialog(dialog);
  };
  const handleCloseDialog = () => setOpenDialog(null);
  const handleBulkDone = () => {
    setCheckedIds(new Set());
    setOpenDialog(null);
  };

  useQueueShortcuts(
    {
      j: () => move(1),
      k: () => move(-1),
      x: () => {
        if (selectedId) handleToggleChecked(selectedId);
      },
      // With mentions ticked, h and m act on all of them (as in a mail client); otherwise on the current one.
      h: () => (checkedIds.size > 0 ? setOpenDialog('bulk-hide') : openForSelected('hide')),
      e: () => openForSelected('escalate'),
      m: () => (checkedIds.size > 0 ? setOpenDialog('bulk-mark') : openForSelected('mark')),
      '/': () => searchRef.current?.focus(),
      '?': () => setOpenDialog('shortcuts'),
    },
    openDialog === null,
  );

  const checked = [...checkedIds];

  return (
    <div className="triage">
      <QueueFilters filters={filters} onChange={setFilters} searchRef={searchRef} />
      <QueueSummaryBar
        summary={summary.data}
        selectedCategories={filters.categories}
        isMarkingSeen={markSeen.isPending}
        onToggleCategory={handleToggleCategory}
        onMarkSeen={() => markSeen.mutate()}
      />
      <p className="triage__hint muted">
        Press <kbd>?</kbd> for keyboard shortcuts.{' '}
        <button type="button" className="link-button" onClick={() => setOpenDialog('shortcuts')}>
          Show keyboard shortcuts
        </button>
      </p>
      {checked.length > 0 && (
        <BulkBar
          count={checked.length}
          isPending={bulk.isPending}
          error={bulk.error}
          onHide={() => setOpenDialog('bulk-hide')}
          onMark={() => setOpenDialog('bulk-mark')}
          onAssignToMe={() =>
            bulk.mutate({ ids: checked, action: 'assign', userId: currentUserId }, { onSuccess: handleBulkDone })
          }
          onClear={() => setCheckedIds(new Set())}
        />
      )}
      <div className="triage__panes">
        <section className="triage__list" aria-label="Queue results">
          {mentions.isPending ? (
            <p className="loading" role="status">
              Loading the queue…
            </p>
          ) : mentions.isError ? (
            <p className="alert alert--error" role="alert">
              Could not load the queue: {mentions.error.message}{' '}
              <button type="button" className="button button--small" onClick={() => void mentions.refetch()}>
                Try again
              </button>
            </p>
          ) : items.length === 0 ? (
            <p className="empty">Nothing to triage.</p>
          ) : (
            <>
              <MentionList
                mentions={items}
                selectedId={selectedId}
                checkedIds={checkedIds}
                onSelect={handleSelect}
                onToggleChecked={handleToggleChecked}
              />
              {mentions.hasNextPage && (
                <button
                  type="button"
                  className="button triage__more"
                  disabled={mentions.isFetchingNextPage}
                  onClick={() => void mentions.fetchNextPage()}
                >
                  {mentions.isFetchingNextPage ? 'Loading…' : 'Load more'}
                </button>
              )}
            </>
          )}
        </section>
        <MentionDetailPane
          key={selectedId}
          mentionId={selectedId}
          currentUserId={currentUserId}
          onHide={() => openForSelected('hide')}
          onEscalate={() => openForSelected('escalate')}
          onMark={() => openForSelected('mark')}
        />
      </div>

      {selected && openDialog === 'hide' && <HideDialog mention={selected} onClose={handleCloseDialog} />}
      {selected && openDialog === 'escalate' && <EscalateDialog mention={selected} onClose={handleCloseDialog} />}
      {selected && openDialog === 'mark' && <MarkDialog mention={selected} onClose={handleCloseDialog} />}
      {openDialog === 'bulk-hide' && (
        <BulkHideDialog ids={checked} onDone={handleBulkDone} onClose={handleCloseDialog} />
      )}
      {openDialog === 'bulk-mark' && (
        <BulkMarkDialog ids={checked} onDone={handleBulkDone} onClose={handleCloseDialog} />
      )}
      {openDialog === 'shortcuts' && <ShortcutsDialog onClose={handleCloseDialog} />}
    </div>
  );
}
