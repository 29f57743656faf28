import { useId } from 'react';
import type { WatchQueryText } from './use-watch-query-draft';

/** The one-line lists, in the order the form shows them, with an example of each. */
const LIST_FIELDS: { key: keyof WatchQueryText; label: string; hint: string }[] = [
  { key: 'phrases', label: 'Phrases (comma-separated)', hint: 'Open University, OU exams' },
  { key: 'handles', label: 'Handles, without @', hint: 'OpenUniversity' },
  { key: 'hashtags', label: 'Hashtags, without #', hint: 'OpenUniversity' },
  { key: 'exclusions', label: 'Exclude posts containing', hint: 'job advert' },
  { key: 'language', label: 'Language (blank for any)', hint: 'en' },
  { key: 'subreddits', label: 'Subreddits, without r/', hint: 'OpenUniversity' },
];

type Props = { text: WatchQueryText; onChange: (key: keyof WatchQueryText) => (value: string) => void };

/** A watch query's name and terms, as text boxes. */
export function WatchQueryFields({ text, onChange }: Props) {
  const id = useId();
  return (
    <div className="watch-query__fields">
      <div className="form-field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          type="text"
          required
          value={text.name}
          onChange={(e) => onChange('name')(e.target.value)}
        />
      </div>
      {LIST_FIELDS.map(({ key, label, hint }) => (
        <div key={key} className="form-field">
          <label htmlFor={`${id}-${key}`}>{label}</label>
          <input
            id={`${id}-${key}`}
            type="text"
            value={text[key]}
            onChange={(e) => onChange(key)(e.target.value)}
            placeholder={hint}
          />
        </div>
      ))}
      <div className="form-field">
        <label htmlFor={`${id}-feeds`}>RSS or Atom feed URLs (one a line)</label>
        <textarea id={`${id}-feeds`} rows={2} value={text.feeds} onChange={(e) => onChange('feeds')(e.target.value)} />
      </div>
    </div>
  );
}
