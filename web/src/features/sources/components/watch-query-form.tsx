import type { WatchQueryView } from '@ou-listening/shared';
import type { FormEvent } from 'react';
import { useCreateWatchQuery } from '../api/create-watch-query';
import { useWatchQueryPreview } from '../api/preview-watch-query';
import { useUpdateWatchQuery } from '../api/update-watch-query';
import { TranslationPreview } from './translation-preview';
import { useDebounced, useWatchQueryDraft } from './use-watch-query-draft';
import { WatchQueryFields } from './watch-query-fields';
import { Button } from '../../../components/ui/button';

/** Without a query, the form adds one. */
type Props = { query?: WatchQueryView };

const PREVIEW_DELAY_MS = 400;

/**
 * One watch query's terms, edited as comma-separated lists, with what each platform will be asked
 * shown as it is typed. Without a query it adds a new one.
 */
export function WatchQueryForm({ query }: Props) {
  const create = useCreateWatchQuery();
  const update = useUpdateWatchQuery();
  const save = query ? update : create;
  const { text, setField, includeReposts, setIncludeReposts, enabled, setEnabled, draft, clear } =
    useWatchQueryDraft(query);
  const preview = useWatchQueryPreview(useDebounced(draft, PREVIEW_DELAY_MS));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const name = text.name.trim();
    if (query) update.mutate({ id: query.id, name, enabled, ...draft });
    else create.mutate({ name, ...draft }, { onSuccess: clear });
  };

  const title = query ? query.name : 'Add a watch query';
  return (
    <form onSubmit={handleSubmit} aria-label={query ? `Watch query ${query.name}` : title} className="card watch-query">
      <h3>{title}</h3>
      <WatchQueryFields text={text} onChange={setField} />
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

      <Button type="submit" variant="primary" disabled={save.isPending}>
        {query ? 'Save watch query' : 'Add watch query'}
      </Button>
      {save.isSuccess && <p role="status">{query ? 'Saved.' : 'Added.'}</p>}
      {save.isError && (
        <p role="alert" className="error-text">
          {save.error.message}
        </p>
      )}
    </form>
  );
}
