import type { WatchQueryView } from '@ou-listening/shared';
import { useId, useState } from 'react';
import { useUpdateWatchQuery } from '../api/update-watch-query';

type Props = { query: WatchQueryView };

const toText = (values: string[]) => values.join(', ');
const toList = (text: string) =>
  text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** Terms and exclusions of one watch query, edited as comma-separated lists. */
export function WatchQueryForm({ query }: Props) {
  const update = useUpdateWatchQuery();
  const id = useId();
  const [phrases, setPhrases] = useState(toText(query.phrases));
  const [handles, setHandles] = useState(toText(query.handles));
  const [hashtags, setHashtags] = useState(toText(query.hashtags));
  const [exclusions, setExclusions] = useState(toText(query.exclusions));
  const [includeReposts, setIncludeReposts] = useState(query.includeReposts);

  const handleSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    update.mutate({
      id: query.id,
      phrases: toList(phrases),
      handles: toList(handles),
      hashtags: toList(hashtags),
      exclusions: toList(exclusions),
      includeReposts,
    });
  };

  const field = (name: string, label: string, value: string, onChange: (v: string) => void) => (
    <div className="form-field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} type="text" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );

  return (
    <form onSubmit={handleSubmit} aria-label={`Watch query ${query.name}`} className="watch-query">
      <h3>{query.name}</h3>
      {field('phrases', 'Phrases (comma-separated)', phrases, setPhrases)}
      {field('handles', 'Handles, without @', handles, setHandles)}
      {field('hashtags', 'Hashtags, without #', hashtags, setHashtags)}
      {field('exclusions', 'Exclude posts containing', exclusions, setExclusions)}
      <div className="form-field">
        <input
          id={`${id}-reposts`}
          type="checkbox"
          checked={includeReposts}
          onChange={(e) => setIncludeReposts(e.target.checked)}
        />
        <label htmlFor={`${id}-reposts`}>Include reposts (retweets)</label>
      </div>
      <button type="submit" className="button button--primary" disabled={update.isPending}>
        Save watch query
      </button>
      {update.isSuccess && <p role="status">Saved.</p>}
      {update.isError && (
        <p role="alert" className="error-text">
          {update.error.message}
        </p>
      )}
    </form>
  );
}
