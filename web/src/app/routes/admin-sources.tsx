import { QueryState } from '../../components/ui/query-state';
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
  return (
    <Page title="Sources">
      <section aria-labelledby="platforms-heading">
        <h2 id="platforms-heading">Platforms</h2>
        <p className="muted">
          Each platform is switched on by its environment variables (see the README); their values stay on the server
          and are never shown here.
        </p>
        <QueryState
          query={usePlatforms()}
          loading={<p role="status">Loading platforms…</p>}
          failed="Could not load the platforms"
        >
          {(platforms) => <PlatformCards platforms={platforms} />}
        </QueryState>
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources and health</h2>
        <QueryState
          query={useSources()}
          loading={<p role="status">Loading sources…</p>}
          failed="Could not load the sources"
        >
          {(sources) =>
            sources.length === 0 ? (
              <p>No sources are set up.</p>
            ) : (
              <>
                <SourcesTable sources={sources} />
                {sources.some((s) => s.isDemo && s.health.state === 'active') && (
                  <p className="note">
                    The demo source replays invented posts so the dashboard has something to show; its mentions are
                    marked as demo data. Set DEMO=off to stop it.
                  </p>
                )}
              </>
            )
          }
        </QueryState>
      </section>

      <section aria-labelledby="runs-heading">
        <h2 id="runs-heading">Recent runs</h2>
        <QueryState
          query={useIngestRuns()}
          loading={<p role="status">Loading runs…</p>}
          failed="Could not load the runs"
        >
          {(runs) => <IngestRunsTable runs={runs} />}
        </QueryState>
      </section>

      <section aria-labelledby="queries-heading">
        <h2 id="queries-heading">Watch queries</h2>
        <QueryState
          query={useWatchQueries()}
          loading={<p role="status">Loading watch queries…</p>}
          failed="Could not load the watch queries"
        >
          {(queries) => (
            <>
              {queries.length === 0 && <p>No watch queries: nothing is searched for.</p>}
              {queries.map((query) => (
                <WatchQueryForm key={query.id} query={query} />
              ))}
              <WatchQueryForm />
            </>
          )}
        </QueryState>
      </section>
    </Page>
  );
}
