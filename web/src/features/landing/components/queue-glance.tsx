import { Link } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { type GlanceCount, useQueueGlance } from '../api/get-queue-glance';
import '../landing.css';

const show = (c: GlanceCount) => `${c.n.toLocaleString('en-GB')}${c.atLeast ? '+' : ''}`;

/**
 * Above the queue on a comms officer's start page: untriaged, pinned and mine, each a link to that view.
 * "Untriaged" is status new (nobody has marked, hidden, escalated or answered it), said in words so it
 * is not read as the queue's "new since you last looked", which counts arrivals instead.
 */
export function QueueGlance() {
  return (
    <QueryState query={useQueueGlance()} loading="Counting the queue…" failed="Could not count the queue">
      {(glance) => <Glance {...glance} />}
    </QueryState>
  );
}

function Glance({ fresh, pinned, mine }: { fresh: GlanceCount; pinned: GlanceCount; mine: GlanceCount }) {
  return (
    <nav className="glance" aria-label="Your queue at a glance">
      <Link
        className={`glance__item${pinned.n > 0 ? ' glance__item--alert' : ''}`}
        to="/queue?status=new&category=safeguarding,threat"
      >
        <span className="glance__n">{show(pinned)}</span> pinned (safeguarding or threat)
      </Link>
      <Link className="glance__item" to="/queue?status=new">
        <span className="glance__n">{show(fresh)}</span> not yet triaged
      </Link>
      <Link className="glance__item" to="/queue?assignee=me">
        <span className="glance__n">{show(mine)}</span> assigned to me
      </Link>
    </nav>
  );
}
