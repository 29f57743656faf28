import { Page } from '../../components/ui/page';
import { useMe } from '../../features/auth/api/get-me';
import { TriageQueue } from '../../features/mentions/components/triage-queue';
import { MentionExtrasContext } from '../../components/ui/mention-extras';
import { ReportPanel } from '../../features/reports/components/report-panel';
import { REPORT_PLATFORM } from '@ou-listening/shared';

export { prefetchQueuePage } from '../../features/mentions/api/get-mentions';

const reportExtra = (mention: { id: string; platform: string }) =>
  mention.platform === REPORT_PLATFORM ? <ReportPanel mentionId={mention.id} /> : null;

/** Comms and admins: the triage queue. The route knows who is signed in; the feature is told. */
export function QueueRoute() {
  const me = useMe();
  return (
    <Page title="Queue">
      <MentionExtrasContext.Provider value={reportExtra}>
        {me.data && <TriageQueue currentUserId={me.data.id} />}
      </MentionExtrasContext.Provider>
    </Page>
  );
}
