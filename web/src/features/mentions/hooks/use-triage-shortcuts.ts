import type { RefObject } from 'react';
import type { OpenDialog } from '../components/queue-dialogs';
import { useQueueShortcuts } from './use-queue-shortcuts';

type Options = {
  selectedId: string | null;
  tickedCount: number;
  searchRef: RefObject<HTMLInputElement | null>;
  move: (step: 1 | -1) => void;
  toggle: (id: string) => void;
  open: (dialog: Exclude<OpenDialog, null>) => void;
  enabled: boolean;
};

/** The queue's keys. With mentions ticked, h and m act on all of them (as in a mail client); otherwise on the current one. */
export function useTriageShortcuts({ selectedId, tickedCount, searchRef, move, toggle, open, enabled }: Options) {
  useQueueShortcuts(
    {
      j: () => move(1),
      k: () => move(-1),
      x: () => selectedId && toggle(selectedId),
      h: () => open(tickedCount > 0 ? 'bulk-hide' : 'hide'),
      e: () => open('escalate'),
      m: () => open(tickedCount > 0 ? 'bulk-mark' : 'mark'),
      '/': () => searchRef.current?.focus(),
      '?': () => open('shortcuts'),
    },
    enabled,
  );
}
