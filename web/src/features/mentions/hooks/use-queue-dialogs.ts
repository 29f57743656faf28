import type { MentionListItem } from '@ou-listening/shared';
import { useState } from 'react';
import { dialogApplies, type OpenDialog } from '../components/queue-dialogs';

/** Which dialog is open over the queue: one on the selected mention opens only when its action applies. */
export function useQueueDialogs(selected: MentionListItem | undefined) {
  const [openDialog, setOpenDialog] = useState<OpenDialog>(null);
  const close = () => setOpenDialog(null);
  const open = (dialog: Exclude<OpenDialog, null>) => dialogApplies(dialog, selected) && setOpenDialog(dialog);
  return { openDialog, setOpenDialog, open, close };
}
