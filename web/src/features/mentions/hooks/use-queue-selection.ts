import type { MentionListItem } from '@ou-listening/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';

/** As queue.css's phone layout. */
const NARROW = '(max-width: 700px)';

const scrollToRow = (id: string) =>
  document.querySelector(`[data-mention-id="${CSS.escape(id)}"]`)?.scrollIntoView?.({ block: 'nearest' });

/**
 * The selected mention lives in the URL (`/queue/:id`, the filters kept), so a colleague can open
 * it from a link. The list "as it was" while the selection was in it is remembered: after an action
 * on the selected row, the row that followed it there (not the top) is the one to go to.
 */
export function useQueueSelection(items: MentionListItem[]) {
  const { id: urlId = null } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const openedFromList = (location.state as { openedFromList?: boolean } | null)?.openedFromList === true;
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
  // While an action on the selection is under way (its dialog open) the list is held as the person
  // saw it: a Mark can keep the mention in the list but move it (its pin gone), and the refetch lands
  // before the action reports back, so the next row must come from the list as it was shown.
  const held = useRef(false);
  const asItWas = useRef(items);
  if (!held.current && selectedId && items.some((m) => m.id === selectedId)) asItWas.current = items;
  const holdList = useCallback((hold: boolean) => {
    held.current = hold;
  }, []);

  const select = useCallback(
    (id: string | null) => {
      const narrow = window.matchMedia?.(NARROW).matches ?? false;
      // On a phone the mention is a screen of its own: opening it from the list is a step that the
      // browser's Back undoes, so the address leads there. Held here ahead of the address, a Back
      // pressed before the push arrived would be waited past, and the mention would stay open.
      const push = narrow && selectedId === null && id !== null;
      if (push) awaited.current = undefined;
      else {
        setSelectedId(id);
        // Already the address: no change of it will come to wait for.
        awaited.current = id === urlId ? undefined : id;
      }
      if (narrow && id === null && openedFromList) {
        // Back to the list it was opened from: the same as the browser's Back.
        void navigate(-1);
      } else {
        // The address bar's query, not this render's: a filter change may have navigated since (the router
        // writes history first and renders after), and the selection must not undo it.
        const search = window.location.search;
        const to = { pathname: id ? `/queue/${encodeURIComponent(id)}` : '/queue', search };
        // On a desktop the selection replaces the address, so j/k through fifty rows leave one history
        // entry. On a phone moving on from a mention (after an action) replaces it too.
        void navigate(to, push ? { state: { openedFromList: true } } : { replace: true, state: location.state });
      }
      // On a phone the mention (or the list, going back) is a view of its own: it starts at the top.
      if (narrow) window.scrollTo(0, 0);
    },
    [navigate, urlId, selectedId, openedFromList, location.state],
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

  /**
   * After an action on `id` (which may take it out of the list, or move it): on to the row that
   * followed it in the list as it was shown.
   */
  const advanceFrom = (id: string) => {
    held.current = false;
    const before = asItWas.current;
    const at = before.findIndex((m) => m.id === id);
    const next = before[at + 1] ?? before[at - 1];
    select(at === -1 || !next ? null : next.id);
  };

  return { selectedId, select, move, advanceFrom, holdList };
}
