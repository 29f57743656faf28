import type { MentionListItem } from '@ou-listening/shared';
import { useState } from 'react';
import { dialogApplies, type OpenDialog } from '../components/queue-dialogs';

/** The dialogs that act on the selected mention (and then move on down the queue). */
const ON_SELECTED: ReadonlySet<OpenDialog> = new Set<OpenDialog>(['hide', 'escalate', 'mark']);

/**
 * Which dialog is open over the queue: one on the selected mention opens only when its action applies.
 * While it is open the list is held as the person saw it (`onHoldList`), for choosing the next row.
 */
export function useQueueDialogs(selected: MentionListItem | undefined, onHoldList: (held: boolean) => void) {
  const [openDialog, setOpenDialog] = useState<OpenDialog>(null);
  const close = () => {
    onHoldList(false);
    setOpenDialog(null);
  };
  const open = (dialog: Exclude<OpenDialog, null>) => {
    if (!dialogApplies(dialog, selected)) return;
    onHoldList(ON_SELECTED.has(dialog));
    setOpenDialog(dialog);
  };
  return { openDialog, setOpenDialog, open, close };
}
