import type { MentionListItem } from '@ou-listening/shared';
import type { BulkDone } from '../hooks/use-bulk-undo';
import { hasLiveCase } from './detail/mention-actions';
import { BulkHideDialog, BulkMarkDialog } from './dialogs/bulk-dialogs';
import { HideDialog } from './dialogs/hide-dialog';
import { EscalateDialog, MarkDialog } from './dialogs/mention-dialogs';
import { ShortcutsDialog } from './dialogs/shortcuts-dialog';

export type OpenDialog = 'hide' | 'escalate' | 'mark' | 'bulk-hide' | 'bulk-mark' | 'shortcuts' | null;
export type Acted = { kind: 'hide' | 'mark' | 'escalate'; before: MentionListItem; after: MentionListItem };

/** A dialog on the selected mention opens only when its action applies (no hiding the hidden, no second case). */
export function dialogApplies(dialog: Exclude<OpenDialog, null>, selected: MentionListItem | undefined): boolean {
  if (dialog !== 'hide' && dialog !== 'escalate' && dialog !== 'mark') return true;
  if (!selected) return false;
  return !(dialog === 'hide' && selected.hidden) && !(dialog === 'escalate' && hasLiveCase(selected));
}

type Props = {
  open: OpenDialog;
  selected: MentionListItem | undefined;
  checked: string[];
  versions: Record<string, number>;
  onStale: (ids: string[]) => void;
  /** what the pinned among the ticked mentions are pinned for (pinnedFor); '' when none is */
  checkedPinned: string;
  onActed: (acted: Acted) => void;
  onBulkDone: (done: BulkDone) => void;
  onClose: () => void;
};

/** Whichever dialog is open: one at a time, over the queue. */
export function QueueDialogs({
  open,
  selected,
  checked,
  versions,
  checkedPinned,
  onActed,
  onBulkDone,
  onStale,
  onClose,
}: Props) {
  const done = (kind: Acted['kind']) => (after: MentionListItem) => {
    if (selected) onActed({ kind, before: selected, after });
  };
  if (open === 'shortcuts') return <ShortcutsDialog onClose={onClose} />;
  const bulk = { ids: checked, versions, pinned: checkedPinned, onDone: onBulkDone, onStale, onClose };
  if (open === 'bulk-hide') return <BulkHideDialog {...bulk} />;
  if (open === 'bulk-mark') return <BulkMarkDialog {...bulk} />;
  if (!selected) return null;
  switch (open) {
    case 'hide':
      return <HideDialog mention={selected} onDone={done('hide')} onClose={onClose} />;
    case 'mark':
      return <MarkDialog mention={selected} onDone={done('mark')} onClose={onClose} />;
    case 'escalate':
      return <EscalateDialog mention={selected} onDone={(r) => done('escalate')(r.mention)} onClose={onClose} />;
    case null:
      return null;
  }
}
