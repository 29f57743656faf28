import type { WatchQueryTranslation, WatchQueryView } from '@ou-listening/shared';
import { useEffect, useId, useMemo, useState } from 'react';
import { useCreateWatchQuery } from '../api/create-watch-query';
import { useWatchQueryPreview, type WatchQueryDraft } from '../api/preview-watch-query';
import { useUpdateWatchQuery } from '../api/update-watch-query';

/** Without a query, the form adds one. */
type Props = { query?: WatchQueryView };

const PREVIEW_DELAY_MS = 400;

const PLATFORM_NAMES: Record<WatchQueryTranslation['platform'], string> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  reddit: 'Reddit',
  youtube: 'YouTube',
  rss: 'RSS / Atom',
};

const toText = (values: string[] | undefined, separator = ', ') => (values ?? []).join(separator);
const toList = (text: string, separator: RegExp = /,/) =>
  text
    .split(separator)
    .map((v) => v.trim())
    .filter(Boolean);

function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * One watch query's terms, edited as comma-separated lists, with what each platform will be asked
 * shown as it is typed. Without a query it adds a new one.
 */
export function WatchQueryForm({ query }: Props) {
  const create = useCreateWatchQuery();
  const update = useUpdateWatchQuery();
  const save = query ? update : create;
  const id = useId();
  const [name, setName] = useState(query?.name ?? '');
  const [phrases, setPhrases] = useState(toText(query?.phrases));
  const [handles, setHandles] = useState(toText(query?.handles));
  const [hashtags, setHashtags] = useState(toText(query?.hashtags));
  const [exclusions, setExclusions] = useState(toText(query?.exclusions));
  const [language, setLanguage] = useState(query?.language ?? '');
  const [subreddits, setSubreddits] = useState(toText(query?.subreddits));
  const [feeds, setFeeds] = useState(toText(query?.feeds, '\n'));
  const [includeReposts, setIncludeReposts] = useState(query?.includeReposts ?? false);
  const [enabled, setEnabled] = useState(query?.enabled ?? true);

  const draft: WatchQueryDraft = useMemo(
    () => ({
      phrases: toList(phrases),
      handles: toList(handles),
      hashtags: toList(hashtags),
      exclusions: toList(exclusions),
      language: language.trim() || null,
      subreddits: toList(subreddits),
      feeds: toList(feeds, /[\s,]+/),
      includeReposts,
    }),
    [phrases, handles, hashtags, exclusions, language, subreddits, feeds, includeReposts],
  );
  const settledDraft = useDebounced(draft, PREVIEW_DELAY_MS);
  const preview = useWatchQueryPreview(settledDraft);

  const handleSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (query) update.mutate({ id: query.id, name: name.trim(), enabled, ...draft });
    else
      create.mutate(
        { name: name.trim(), ...draft },
        {
          onSuccess: () => {
            for (const clear of [
              setName,
              setPhrases,
              setHandles,
              setHashtags,
              setExclusions,
              setLanguage,
              setSubreddits,
              setFeeds,
            ])
              clear('');
            setIncludeReposts(false);
          },
        },
      );
  };

  const field = (key: string, label: string, value: string, onChange: (v: string) => void, hint?: string) => (
    <div className="form-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="text"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={hint}
      />
    </div>
  );

  const title = query ? query.name : 'Add a watch query';
  return (
    <form
      onSubmit={handleSubmit}
      aria-label={query ? `Watch query ${query.name}` : 'Add a watch query'}
      className="card watch-query"
    >
      <h3>{title}</h3>
      <div className="watch-query__fields">
        <div className="form-field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} type="text" required value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        {field('phrases', 'Phrases (comma-separated)', phrases, setPhrases, 'Open University, OU exams')}
        {field('handles', 'Handles, without @', handles, setHandles, 'OpenUniversity')}
        {field('hashtags', 'Hashtags, without #', hashtags, setHashtags, 'OpenUniversity')}
        {field('exclusions', 'Exclude posts containing', exclusions, setExclusions, 'job advert')}
        {field('language', 'Language (blank for any)', language, setLanguage, 'en')}
        {field('subreddits', 'Subreddits, without r/', subreddits, setSubreddits, 'OpenUniversity')}
        <div className="form-field">
          <label htmlFor={`${id}-feeds`}>RSS or Atom feed URLs (one a line)</label>
          <textarea id={`${id}-feeds`} rows={2} value={feeds} onChange={(e) => setFeeds(e.target.value)} />
        </div>
      </div>
      <div className="watch-query__choices">
        <label className="choice">
          <input type="checkbox" checked={includeReposts} onChange={(e) => setIncludeReposts(e.target.checked)} />
          Include reposts (retweets)
        </label>
        {query && (
          <label className="choice">
            <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
            Enabled
          </label>
        )}
      </div>

      <TranslationPreview
        translations={preview.data}
        isPending={preview.isPending}
        error={preview.isError ? preview.error.message : null}
      />

      <button type="submit" className="button button--primary" disabled={save.isPending}>
        {query ? 'Save watch query' : 'Add watch query'}
      </button>
      {save.isSuccess && <p role="status">{query ? 'Saved.' : 'Added.'}</p>}
      {save.isError && (
        <p role="alert" className="error-text">
          {save.error.message}
        </p>
      )}
    </form>
  );
}

type PreviewProps = { translations: WatchQueryTranslation[] | undefined; isPending: boolean; error: string | null };

function TranslationPreview({ translations, isPending, error }: PreviewProps) {
  return (
    <details className="watch-query__preview" open>
      <summary>What each platform is asked</summary>
      {error ? (
        <p className="error-text">Could not preview: {error}</p>
      ) : isPending || !translations ? (
        <p className="muted">Working it out…</p>
      ) : (
        <dl>
          {translations.map((t) => (
            <div key={t.platform} className="watch-query__platform">
              <dt>{PLATFORM_NAMES[t.platform]}</dt>
              <dd>
                {t.searches.length === 0 ? (
                  <span className="muted">nothing to search</span>
                ) : (
                  t.searches.map((search) => (
                    <code key={search} className="watch-query__search">
                      {search}
                    </code>
                  ))
                )}
                {t.problem && <span className="error-text watch-query__problem">{t.problem}</span>}
                {t.note && <span className="muted watch-query__note">{t.note}</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </details>
  );
}
