import { useEffect, useLayoutEffect, useRef } from 'react';

export const SHORTCUT_KEYS = ['j', 'k', 'x', 'h', 'e', 'm', '/', '?'] as const;
export type ShortcutKey = (typeof SHORTCUT_KEYS)[number];
export type ShortcutHandlers = Partial<Record<ShortcutKey, () => void>>;

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** True while the user is typing somewhere, when a letter must stay a letter. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

const isShortcutKey = (key: string): key is ShortcutKey => (SHORTCUT_KEYS as readonly string[]).includes(key);

/** The queue's single-key shortcuts, on the whole document; off while typing or while `enabled` is false. */
export function useQueueShortcuts(handlers: ShortcutHandlers, enabled: boolean) {
  const latest = useRef(handlers);
  // Before the browser can deliver the next key: j pressed fast must move from where the last j left.
  useLayoutEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!enabled) return;
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) {
        // Escape leaves a field (the search box, a filter) so the single-key shortcuts work again.
        if (event.key === 'Escape' && event.target instanceof HTMLElement) event.target.blur();
        return;
      }
      if (!isShortcutKey(event.key)) return;
      const handler = latest.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [enabled]);
}
