import type { WatchQueryTranslation } from '@ou-listening/shared';

const PLATFORM_NAMES: Record<WatchQueryTranslation['platform'], string> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  reddit: 'Reddit',
  youtube: 'YouTube',
  rss: 'RSS / Atom',
};

type PreviewProps = { translations: WatchQueryTranslation[] | undefined; isPending: boolean; error: string | null };

/** What each platform will be asked for the terms as typed, and what it cannot search. */
export function TranslationPreview({ translations, isPending, error }: PreviewProps) {
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
