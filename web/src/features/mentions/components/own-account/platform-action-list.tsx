import type { PlatformActionView } from '@ou-listening/shared';
import { ExternalLink } from '../../../../components/ui/external-link';
import { fullTime, relativeTime } from '../format';

type Props = { actions: PlatformActionView[]; label: string };

const ACTION_LABELS: Record<PlatformActionView['kind'], string> = {
  hide: 'Hide',
  unhide: 'Unhide',
  reply: 'Reply',
  block: 'Block the author',
  unblock: 'Unblock the author',
};

function ActionState({ action }: { action: PlatformActionView }) {
  if (action.status === 'done')
    return (
      <>
        done{' '}
        {action.settledAt && (
          <time dateTime={action.settledAt} title={fullTime(action.settledAt)}>
            {relativeTime(action.settledAt)}
          </time>
        )}
        {action.resultUrl && (
          <>
            {' · '}
            <ExternalLink href={action.resultUrl}>View the reply</ExternalLink>
          </>
        )}
      </>
    );
  if (action.status === 'failed')
    return (
      <strong className="text--error">
        failed after {action.attempts} attempt{action.attempts === 1 ? '' : 's'}: {action.lastError}
      </strong>
    );
  if (action.attempts === 0) return <>sending…</>;
  return (
    <strong className="text--error">
      not done yet: {action.lastError}. Trying again
      {action.nextAttemptAt ? ` ${relativeTime(action.nextAttemptAt)}` : ' soon'} (attempt {action.attempts + 1})
    </strong>
  );
}

/** What was asked of the platform, and its answers: done, failed, or waiting for a retry and why. */
export function PlatformActionList({ actions, label }: Props) {
  if (actions.length === 0) return null;
  return (
    <>
      <h4>What we asked {label} to do</h4>
      <ul className="detail-list" aria-label={`Actions on ${label}`}>
        {actions.map((action) => (
          <li key={action.id}>
            <strong>{ACTION_LABELS[action.kind]}</strong>
            {action.text && <> “{action.text}”</>}: <ActionState action={action} />{' '}
            <span className="muted">by {action.requestedBy ?? 'someone'}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
