import type { MentionListItem } from '@ou-listening/shared';
import { ConflictNotice } from '../conflict-notice';
import { ErrorAlert } from '../../../../components/ui/error-alert';

export type FailureProps = { error: Error | null; conflict: MentionListItem | null };

/** Why an action did not happen; the mention is left as it was. */
export function Failure({ error, conflict }: FailureProps) {
  if (conflict) return <ConflictNotice current={conflict} />;
  if (!error) return null;
  return <ErrorAlert>Nothing was changed: {error.message}</ErrorAlert>;
}
