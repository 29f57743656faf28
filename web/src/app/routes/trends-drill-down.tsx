import { Link, useSearchParams } from 'react-router';
import { Page } from '../../components/ui/page';
import { useDrillDown } from '../../features/trends/api/get-drill-down';
import { describeDrill } from '../../features/trends/describe-drill';
import { drillApiQuery } from '../../features/trends/drill-down';
import { ErrorAlert } from '../../components/ui/error-alert';

/**
 * A manager's drill-down: how many mentions the queue holds for a figure, counted by the queue
 * itself. Managers do not see posts (data protection), so the queue link is for comms staff.
 */
export function TrendsDrillDownRoute() {
  const [params] = useSearchParams();
  const count = useDrillDown(drillApiQuery(params));
  const queueLink = `/queue?${params}`;
  return (
    <Page title="Mentions behind a figure">
      <p className="lead">
        {describeDrill(params)} (
        {params.get('status') === 'all' ? 'London days, every status' : 'in the queue now: new or reviewed'}).
      </p>
      {count.isPending && <p className="loading">Counting…</p>}
      {count.isError && <ErrorAlert>Could not count them: {count.error.message}</ErrorAlert>}
      {count.data && (
        <p className="drill-count" aria-live="polite">
          <strong>
            {count.data.countLimit !== null && count.data.total > count.data.countLimit
              ? `${count.data.countLimit}+`
              : count.data.total}
          </strong>{' '}
          {count.data.total === 1 ? 'mention' : 'mentions'} in the queue match.
        </p>
      )}
      <p>
        The posts themselves are in the triage queue, open to the Communications Unit. Send them this link to the same
        filter: <code className="drill-link">{`${window.location.origin}${queueLink}`}</code>
      </p>
      <p>
        <Link to="/trends">Back to Trends</Link>
      </p>
    </Page>
  );
}
