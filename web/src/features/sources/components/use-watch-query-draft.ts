import type { WatchQueryView } from '@ou-listening/shared';
import { useEffect, useMemo, useState } from 'react';
import type { WatchQueryDraft } from '../api/preview-watch-query';

const toText = (values: string[] | undefined, separator = ', ') => (values ?? []).join(separator);
const toList = (text: string, separator: RegExp = /,/) =>
  text
    .split(separator)
    .map((v) => v.trim())
    .filter(Boolean);

/** The form's text boxes, each holding a comma-separated list as typed (feeds: one a line). */
export type WatchQueryText = {
  name: string;
  phrases: string;
  handles: string;
  hashtags: string;
  exclusions: string;
  language: string;
  subreddits: string;
  feeds: string;
};

const textOf = (query: WatchQueryView | undefined): WatchQueryText => ({
  name: query?.name ?? '',
  phrases: toText(query?.phrases),
  handles: toText(query?.handles),
  hashtags: toText(query?.hashtags),
  exclusions: toText(query?.exclusions),
  language: query?.language ?? '',
  subreddits: toText(query?.subreddits),
  feeds: toText(query?.feeds, '\n'),
});

export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** A watch query as edited: the text typed, the two choices, and the lists the server takes. */
export function useWatchQueryDraft(query: WatchQueryView | undefined) {
  const [text, setText] = useState(() => textOf(query));
  const [includeReposts, setIncludeReposts] = useState(query?.includeReposts ?? false);
  const [enabled, setEnabled] = useState(query?.enabled ?? true);
  const setField = (key: keyof WatchQueryText) => (value: string) => setText((t) => ({ ...t, [key]: value }));

  const draft: WatchQueryDraft = useMemo(
    () => ({
      phrases: toList(text.phrases),
      handles: toList(text.handles),
      hashtags: toList(text.hashtags),
      exclusions: toList(text.exclusions),
      language: text.language.trim() || null,
      subreddits: toList(text.subreddits),
      feeds: toList(text.feeds, /[\s,]+/),
      includeReposts,
    }),
    [text, includeReposts],
  );

  const clear = () => {
    setText(textOf(undefined));
    setIncludeReposts(false);
  };

  return { text, setField, includeReposts, setIncludeReposts, enabled, setEnabled, draft, clear };
}
