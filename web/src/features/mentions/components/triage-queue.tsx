import { useCallback, useMemo, useRef } from 'react';
import { useMention } from '../api/get-mention';
import { useMentions } from '../api/get-mentions';
import { DEFAULT_FILTERS, isFiltered } from '../filters';
import { useAfterAction } from '../hooks/use-after-action';
import { type BulkDone, useBulkUndo } from '../hooks/use-bulk-undo';
import { useCheckedIds } from '../hooks/use-checked-ids';
import { useQueueDialogs } from '../hooks/use-queue-dialogs';
import { useQueueFilters } from '../hooks/use-queue-filters';
import { useQueueSelection } from '../hooks/use-queue-selection';
import { useTriageShortcuts } from '../hooks/use-triage-shortcuts';
import { useUndo } from '../hooks/use-undo';
import { QueueBulkBar } from './queue-bulk-bar';
import { MentionDetailPane } from './mention-detail-pane';
import { pinnedFor } from './format';
import { QueueDialogs } from './queue-dialogs';
import { QueueResults } from './queue-results';
import { QueueToolbar } from './queue-toolbar';
import { UndoToast } from './undo-toast';
import '../queue.css';

type Props = { currentUserId: string };

/** The Communications Unit's queue: filters, the list, the selected mention (its own URL), and the keyboard. */
export function TriageQueue({ currentUserId }: Props) {
  const [filters, setFilters] = useQueueFilters();
  const mentions = useMentions(filters);
  const items = useMemo(() => mentions.data?.pages.flatMap((p) => p.items) ?? [], [mentions.data]);
  const { selectedId, select, move, advanceFrom, holdList } = useQueueSelection(items);
  const selected = useMention(selectedId).data ?? items.find((m) => m.id === selectedId);
  const versionOf = useCallback((id: string) => items.find((m) => m.id === id)?.version, [items]);
  const { checkedIds, versions, toggle, clear, untick } = useCheckedIds(versionOf);
  const { openDialog, setOpenDialog, open, close } = useQueueDialogs(selected, holdList);
  const { offer, offerUndo, dismiss } = useUndo();
  const afterAction = useAfterAction({ advanceFrom, select, offerUndo });
  const searchRef = useRef<HTMLInputElement>(null);
  const checked = [...checkedIds];
  const offerBulkUndo = useBulkUndo(offerUndo);
  const bulkDone = (done?: BulkDone) => (clear(), close(), done && offerBulkUndo(done));

  useTriageShortcuts({ selectedId, tickedCount: checked.length, searchRef, move, toggle, open, enabled: !openDialog });

  return (
    <div className={`triage${selectedId ? ' triage--detail-open' : ''}`}>
      <QueueToolbar
        filters={filters}
        onChange={setFilters}
        searchRef={searchRef}
        onShowShortcuts={() => open('shortcuts')}
      />
      <QueueBulkBar
        checked={checked}
        versions={versions}
        currentUserId={currentUserId}
        onOpen={setOpenDialog}
        onDone={bulkDone}
        onClear={clear}
        onStale={untick}
      />
      <div className="triage__panes">
        <section className="triage__list" aria-label="Queue results">
          <QueueResults
            query={mentions}
            items={items}
            filtered={isFiltered(filters)}
            banded={filters.secondLook && filters.sort === 'risk'}
            selectedId={selectedId}
            checkedIds={checkedIds}
            onSelect={select}
            onToggleChecked={toggle}
            onClearFilters={() => setFilters(DEFAULT_FILTERS)}
          />
        </section>
        <MentionDetailPane
          key={selectedId}
          mentionId={selectedId}
          currentUserId={currentUserId}
          onHide={() => open('hide')}
          onEscalate={() => open('escalate')}
          onMark={() => open('mark')}
          onBack={() => select(null)}
          onUndoable={offerUndo}
        />
      </div>
      <QueueDialogs
        open={openDialog}
        selected={selected}
        checked={checked}
        versions={versions}
        checkedPinned={pinnedFor(items.filter((m) => checkedIds.has(m.id)))}
        onActed={(acted) => (close(), afterAction(acted))}
        onBulkDone={bulkDone}
        onStale={untick}
        onClose={close}
      />
      {offer && <UndoToast key={offer.key} offer={offer} onDone={dismiss} />}
    </div>
  );
}
