import { ROLES, type Role, type SystemHealth } from '@ou-listening/shared';
import { Link } from 'react-router';
import { formatUkTime } from '../../../lib/uk-time';
import { Card } from '../../../components/ui/card';

/** Headings for the count of users in each role. */
const ROLE_GROUPS: Record<Role, string> = {
  comms: 'Communications',
  manager: 'Managers',
  discipline: 'Discipline officers',
  admin: 'Administrators',
};

type Props = { health: SystemHealth };

export function ClassifierFacts({ health: { classifier } }: Props) {
  return (
    <Card id="health-classifier" title="Classifier">
      <dl className="facts">
        <dt>Model version</dt>
        <dd>
          <code>{classifier.modelVersion}</code>
        </dd>
        <dt>Trained</dt>
        <dd>{formatUkTime(classifier.trainedAt)}</dd>
        <dt>Macro F1 (validation)</dt>
        <dd>{classifier.macroF1.toFixed(2)}</dd>
        <dt>False alarms (validation)</dt>
        <dd>{(classifier.falseAlarmRate * 100).toFixed(1)}%</dd>
      </dl>
      <p>
        <Link to="/admin/classifier">Classifier details</Link>
      </p>
    </Card>
  );
}

function Fact({ term, value }: { term: string; value: number }) {
  return (
    <div className="facts__pair">
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export function UsersFacts({ health: { users } }: Props) {
  return (
    <Card id="health-users" title="Users">
      <dl className="facts">
        {ROLES.map((role) => (
          <Fact key={role} term={ROLE_GROUPS[role]} value={users.byRole[role]} />
        ))}
        <Fact term="Disabled" value={users.total - users.enabled} />
        <Fact term="Must change password" value={users.mustChangePassword} />
      </dl>
      <p>
        <Link to="/admin/users">Manage users</Link>
      </p>
    </Card>
  );
}
