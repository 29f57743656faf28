import { Page } from '../../components/ui/page';
import { useRetention } from '../../features/privacy/api/get-retention';
import { AuthorRequests } from '../../features/privacy/components/author-requests';
import { RetentionRuns, RetentionSchedule } from '../../features/privacy/components/retention-schedule';

export function AdminPrivacyRoute() {
  const retention = useRetention();
  return (
    <Page title="Data protection">
      {retention.isPending && <p>Loading…</p>}
      {retention.error && <p role="alert">{retention.error.message}</p>}
      {retention.data && <RetentionSchedule overview={retention.data} />}
      <AuthorRequests />
      {retention.data && <RetentionRuns overview={retention.data} />}
    </Page>
  );
}
