import { Page } from '../../components/ui/page';
import { useMe } from '../../features/auth/api/get-me';
import { TriageQueue } from '../../features/mentions/components/triage-queue';

/** Comms and admins: the triage queue. The route knows who is signed in; the feature is told. */
export function QueueRoute() {
  const me = useMe();
  return <Page title="Queue">{me.data && <TriageQueue currentUserId={me.data.id} />}</Page>;
}
