import { type CaseClock, describeCaseTarget } from '@ou-listening/shared';
import '../cases.css';
import { formatDuration, formatUkTime } from '../../../lib/uk-time';

type Props = { clock: CaseClock; closed: boolean };

/** One line for the inbox: how long it has waited or took to acknowledge, against its target. */
export function CaseClockLine({ clock, closed }: Props) {
  const target = describeCaseTarget(clock.target);
  if (clock.secondsToAcknowledge !== null)
    return (
      <span>
        Acknowledged in {formatDuration(clock.secondsToAcknowledge)}
        {clock.overdue ? ` (target ${target})` : ''}
        {!closed && <span className="muted"> · open {formatDuration(clock.ageSeconds)}</span>}
      </span>
    );
  return (
    <span>
      Waiting {formatDuration(clock.ageSeconds)} · {clock.overdue ? 'was due' : 'due'} {formatUkTime(clock.dueAt)}
    </span>
  );
}

/** The clock's facts on the case page. */
export function CaseClockFacts({ clock, closed }: Props) {
  return (
    <>
      <dt>Age</dt>
      <dd>
        {formatDuration(clock.ageSeconds)}
        {closed ? ' (until it closed)' : ''}
      </dd>
      <dt>Target to acknowledge</dt>
      <dd>
        {describeCaseTarget(clock.target)}, due {formatUkTime(clock.dueAt)}
        {clock.overdue && (
          <>
            {' '}
            <OverdueBadge />
          </>
        )}
      </dd>
      <dt>Time to acknowledge</dt>
      <dd>
        {clock.secondsToAcknowledge === null
          ? 'Not acknowledged yet'
          : `${formatDuration(clock.secondsToAcknowledge)} (acknowledged ${formatUkTime(clock.acknowledgedAt!)})`}
      </dd>
    </>
  );
}

export function OverdueBadge() {
  return <span className="overdue-badge">Overdue</span>;
}
