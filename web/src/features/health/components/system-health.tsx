import type { SystemHealth } from '@ou-listening/shared';
import { Link } from 'react-router';
import { formatUkTime } from '../../../lib/uk-time';
import '../health.css';
import { ClassifierFacts, UsersFacts } from './classifier-users-facts';
import { SourceHealthTable } from './source-health-table';
import { Card } from '../../../components/ui/card';

type Props = { health: SystemHealth };

/** The admin's landing page: is every source running, which model classifies, who can sign in. */
export function SystemHealthPanels({ health }: Props) {
  const failing = health.sources.filter((s) => s.enabled && s.health.lastRunStatus === 'failed');
  return (
    <>
      <p className={`alert ${health.database === 'up' && failing.length === 0 ? 'alert--info' : 'alert--warning'}`}>
        Database {health.database === 'up' ? 'up' : 'down'} ·{' '}
        {failing.length === 0
          ? 'no enabled source failed its last run'
          : `${failing.length} enabled source${failing.length === 1 ? '' : 's'} failed the last run`}{' '}
        · checked {formatUkTime(health.checkedAt)}
      </p>
      <Card id="health-sources" title="Sources">
        <SourceHealthTable sources={health.sources} />
        <p>
          <Link to="/admin/sources">Manage sources</Link>
        </p>
      </Card>
      <div className="health-grid">
        <ClassifierFacts health={health} />
        <UsersFacts health={health} />
      </div>
    </>
  );
}
