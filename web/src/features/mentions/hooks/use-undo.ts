import { useCallback, useEffect, useState } from 'react';

export const UNDO_MS = 10_000;

/** What was done, and how to take it back; without `undo`, only what was done. */
export type UndoOffer = { message: string; undo?: () => Promise<unknown> };

/** The last action's undo, offered for 10 seconds; a newer action replaces it. */
export function useUndo() {
  const [offer, setOffer] = useState<(UndoOffer & { key: number }) | null>(null);

  useEffect(() => {
    if (!offer) return;
    const timer = setTimeout(() => setOffer(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [offer]);

  const offerUndo = useCallback((next: UndoOffer) => setOffer({ ...next, key: Date.now() }), []);
  const dismiss = useCallback(() => setOffer(null), []);
  return { offer, offerUndo, dismiss };
}
