import type { MentionListItem } from '@ou-listening/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';

/** As queue.css's phone layout. */
const NARROW = '(max-width: 700px)';

const scrollToRow = (id: string) =>
  document.querySelector(`[data-mention-id="${CSS.escape(id)}"]`)?.scrollIntoView?.({ block: 'nearest' });

/**
 * The selected mention lives in the URL (`/queue/:id`, the filters kept), so a colleague can open
 * it from a link. The list "as it was" while the selection was in it is remembered: when an action
 * takes the selected row away, the next row (not the top) is the one to go to.
 */
export function useQueueSelection(items: MentionListItem[]) {
  const { id: urlId = null } = useParams();
  const navigate = useNavigate();
  // The router applies navigations in a transition: j pressed three times fast must move three rows,
  // so the selection is held here at once and the URL follows. An address changed from outside
  // (a link, Back) is taken up unless it is one of ours still on its way.
  const [selectedId, setSelectedId] = useState<string | null>(urlId);
  const awaited = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (awaited.current !== undefined && urlId !== awaited.current) return;
    awaited.current = undefined;
    setSelectedId(urlId);
  }, [urlId]);
  const asItWas = useRef(items);
  if (selectedId && items.some((m) => m.id === selectedId)) asItWas.current = items;

  const select = useCallback(
    (id: string | null) => {
      setSelectedId(id);
      // Already the address: no change of it will come to wait for.
      awaited.current = id === urlId ? undefined : id;
      // The address bar's query, not this render's: a filter change may have navigated since (the router
      // writes history first and renders after), and the selection must not undo it.
      const search = window.location.search;
      void navigate({ pathname: id ? `/queue/${encodeURIComponent(id)}` : '/queue', search }, { replace: true });
      // On a phone the mention (or the list, going back) is a view of its own: it starts at the top.
      if (window.matchMedia?.(NARROW).matches) window.scrollTo(0, 0);
    },
    [navigate, urlId],
  );
  const selectAndShow = (id: string) => {
    select(id);
    scrollToRow(id);
  };

  /** The row after `id` in the list as it was that is still shown, else the one before it. */
  const neighbourOf = (id: string, step: 1 | -1): string | null => {
    const shown = new Set(items.map((m) => m.id));
    const before = asItWas.current;
    const at = before.findIndex((m) => m.id === id);
    if (at === -1) return items[0]?.id ?? null;
    for (let i = at + step; i >= 0 && i < before.length; i += step) if (shown.has(before[i]!.id)) return before[i]!.id;
    for (let i = at - step; i >= 0 && i < before.length; i -= step) if (shown.has(before[i]!.id)) return before[i]!.id;
    return null;
  };

  const move = (step: 1 | -1) => {
    if (items.length === 0) return;
    const at = items.findIndex((m) => m.id === selectedId);
    if (at !== -1) return selectAndShow(items[Math.min(items.length - 1, Math.max(0, at + step))]!.id);
    // The selection left the list (an action, a refresh): carry on from where it was.
    selectAndShow(selectedId ? (neighbourOf(selectedId, step) ?? items[0]!.id) : items[0]!.id);
  };

  /** After an action on `id` that takes it out of the list: on to the next row of the list as it was. */
  const advanceFrom = (id: string) => {
    const before = asItWas.current;
    const at = before.findIndex((m) => m.id === id);
    const next = before[at + 1] ?? before[at - 1];
    select(at === -1 || !next ? null : next.id);
  };

  return { selectedId, select, move, advanceFrom };
}
