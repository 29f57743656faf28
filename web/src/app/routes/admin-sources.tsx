import { Page } from '../../components/ui/page';
import { QuerySection } from '../../components/ui/query-section';
import { useIngestRuns } from '../../features/sources/api/get-ingest-runs';
import { usePlatforms } from '../../features/sources/api/get-platforms';
import { useSources } from '../../features/sources/api/get-sources';
import { useWatchQueries } from '../../features/sources/api/get-watch-queries';
import { IngestRunsTable } from '../../features/sources/components/ingest-runs-table';
import { PlatformCards } from '../../features/sources/components/platform-cards';
import { SourcesTable } from '../../features/sources/components/sources-table';
import { WatchQueryForm } from '../../features/sources/components/watch-query-form';

const PLATFORMS_INTRO = (
  <p className="muted">
    Each platform is switched on by its environment variables (see the README); their values stay on the server and are
    never shown here.
  </p>
);

/** Admin: where mentions come from, whether each source is healthy, and what is searched for. */
export function AdminSourcesRoute() {
  return (
    <Page title="Sources">
      <QuerySection
        id="platforms-heading"
        title="Platforms"
        intro={PLATFORMS_INTRO}
        query={usePlatforms()}
        what="platforms"
      >
        {(platforms) => <PlatformCards platforms={platforms} />}
      </QuerySection>

      <QuerySection id="sources-heading" title="Sources and health" query={useSources()} what="sources">
        {(sources) =>
          sources.length === 0 ? (
            <p>No sources are set up.</p>
          ) : (
            <>
              <SourcesTable sources={sources} />
              {sources.some((s) => s.isDemo && s.health.state === 'active') && (
                <p className="note">
                  The demo source replays invented posts so the dashboard has something to show; its mentions are marked
                  as demo data. Set DEMO=off to stop it.
                </p>
              )}
            </>
          )
        }
      </QuerySection>

      <QuerySection id="runs-heading" title="Recent runs" query={useIngestRuns()} what="runs">
        {(runs) => <IngestRunsTable runs={runs} />}
      </QuerySection>

      <QuerySection id="queries-heading" title="Watch queries" query={useWatchQueries()} what="watch queries">
        {(queries) => (
          <>
            {queries.length === 0 && <p>No watch queries: nothing is searched for.</p>}
            {queries.map((query) => (
              <WatchQueryForm key={query.id} query={query} />
            ))}
            <WatchQueryForm />
          </>
        )}
      </QuerySection>
    </Page>
  );
}
