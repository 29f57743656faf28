import { Page } from '../../components/ui/page';
import { useIngestRuns } from '../../features/sources/api/get-ingest-runs';
import { usePlatforms } from '../../features/sources/api/get-platforms';
import { useSources } from '../../features/sources/api/get-sources';
import { useWatchQueries } from '../../features/sources/api/get-watch-queries';
import { IngestRunsTable } from '../../features/sources/components/ingest-runs-table';
import { PlatformCards } from '../../features/sources/components/platform-cards';
import { SourcesTable } from '../../features/sources/components/sources-table';
import { WatchQueryForm } from '../../features/sources/components/watch-query-form';

/** Admin: where mentions come from, whether each source is healthy, and what is searched for. */
export function AdminSourcesRoute() {
  const platforms = usePlatforms();
  const sources = useSources();
  const runs = useIngestRuns();
  const queries = useWatchQueries();

  return (
    <Page title="Sources">
      <section aria-labelledby="platforms-heading">
        <h2 id="platforms-heading">Platforms</h2>
        <p className="muted">
          Each platform is switched on by its environment variables (see the README); their values stay on the server
          and are never shown here.
        </p>
        {platforms.isPending ? (
          <p role="status">Loading platforms…</p>
        ) : platforms.isError ? (
          <p role="alert">Could not load the platforms: {platforms.error.message}</p>
        ) : (
          <PlatformCards platforms={platforms.data} />
        )}
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources and health</h2>
        {sources.isPending ? (
          <p role="status">Loading sources…</p>
        ) : sources.isError ? (
          <p role="alert">Could not load the sources: {sources.error.message}</p>
        ) : sources.data.length === 0 ? (
          <p>No sources are set up.</p>
        ) : (
          <>
            <SourcesTable sources={sources.data} />
            {sources.data.some((s) => s.isDemo && s.health.state === 'active') && (
              <p className="note">
                The demo source replays invented posts so the dashboard has something to show; its mentions are marked
                as demo data. Set DEMO=off to stop it.
              </p>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="runs-heading">
        <h2 id="runs-heading">Recent runs</h2>
        {runs.isPending ? (
          <p role="status">Loading runs…</p>
        ) : runs.isError ? (
          <p role="alert">Could not load the runs: {runs.error.message}</p>
        ) : (
          <IngestRunsTable runs={runs.data} />
        )}
      </section>

      <section aria-labelledby="queries-heading">
        <h2 id="queries-heading">Watch queries</h2>
        {queries.isPending ? (
          <p role="status">Loading watch queries…</p>
        ) : queries.isError ? (
          <p role="alert">Could not load the watch queries: {queries.error.message}</p>
        ) : (
          <>
            {queries.data.length === 0 && <p>No watch queries: nothing is searched for.</p>}
            {queries.data.map((query) => (
              <WatchQueryForm key={query.id} query={query} />
            ))}
            <WatchQueryForm />
          </>
        )}
      </section>
    </Page>
  );
}
