import type { EscalationNoticeView } from '@ou-listening/shared';
import { formatUkTime } from '../../../../lib/uk-time';

const TEAM: Record<EscalationNoticeView['audience'], string> = {
  discipline: 'The discipline officers',
  safeguarding: 'The Safeguarding Referrals Team',
  managers: 'The managers',
};

function how(n: EscalationNoticeView): string {
  switch (n.delivery) {
    case 'stored':
      return 'told under the bell in the dashboard (no e-mail is configured)';
    case 'queued':
      return `to be e-mailed at ${n.recipient ?? 'their address'} with the next digest`;
    case 'sent':
      return `e-mailed at ${n.recipient ?? 'their address'}${n.sentAt ? `, sent ${formatUkTime(n.sentAt)}` : ''}`;
    case 'failed':
      return `the e-mail to ${n.recipient ?? 'their address'} failed — it shows under the bell; tell them yourself`;
  }
}

type Props = { notices: EscalationNoticeView[] };

/** Who was told about the escalation and when, from the notification records. */
export function EscalationNotices({ notices }: Props) {
  return (
    <>
      <h4>Who was told</h4>
      {notices.length === 0 ? (
        <p className="muted">Nobody has been notified yet.</p>
      ) : (
        <ul className="safeguarding__notices">
          {notices.map((n, index) => (
            <li key={`${n.audience}-${index}`}>
              {TEAM[n.audience]}, {formatUkTime(n.createdAt)}: {how(n)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
