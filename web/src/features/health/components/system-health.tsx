import { ROLES, type Role, type SourceState, type SystemHealth } from '@ou-listening/shared';
import { Link } from 'react-router';
import { formatUkTime } from '../../../lib/uk-time';
import '../health.css';

const STATE_LABELS: Record<SourceState, string> = {
  active: 'Polling',
  disabled: 'Disabled',
  not_configured: 'Not configured',
  demo_off: 'Demo off',
  rate_limited: 'Rate limited',
};

const ROLE_LABELS: Record<Role, string> = {
  comms: 'Communications',
  manager: 'Managers',
  discipline: 'Discipline officers',
  admin: 'Administrators',
};

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
      <section className="card" aria-labelledby="health-sources">
        <h2 id="health-sources">Sources</h2>
        {health.sources.length === 0 ? (
          <p className="empty">No sources yet.</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Sources table">
            <table className="table table--dense">
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">State</th>
                  <th scope="col">Last run</th>
                  <th scope="col">Last success</th>
                  <th scope="col">Next poll</th>
                </tr>
              </thead>
              <tbody>
                {health.sources.map((s) => (
                  <tr key={s.id} className={s.health.lastRunStatus === 'failed' ? 'health-row--bad' : undefined}>
                    <th scope="row">
                      {s.name} <span className="muted">({s.kind})</span>
                    </th>
                    <td>{STATE_LABELS[s.health.state]}</td>
                    <td>
                      {s.health.lastRunAt ? (
                        <>
                          {formatUkTime(s.health.lastRunAt)} · {s.health.lastRunStatus?.replace('_', ' ') ?? '—'}
                          {s.health.lastRunStatus === 'failed' && s.health.lastError && (
                            <div className="muted">{s.health.lastError}</div>
                          )}
                        </>
                      ) : (
                        'Never run'
                      )}
                    </td>
                    <td>{s.health.lastSuccessAt ? formatUkTime(s.health.lastSuccessAt) : '—'}</td>
                    <td>{s.health.nextPollAt ? formatUkTime(s.health.nextPollAt) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p>
          <Link to="/admin/sources">Manage sources</Link>
        </p>
      </section>
      <div className="health-grid">
        <section className="card" aria-labelledby="health-classifier">
          <h2 id="health-classifier">Classifier</h2>
          <dl className="facts">
            <dt>Model version</dt>
            <dd>
              <code>{health.classifier.modelVersion}</code>
            </dd>
            <dt>Trained</dt>
            <dd>{formatUkTime(health.classifier.trainedAt)}</dd>
            <dt>Macro F1 (validation)</dt>
            <dd>{health.classifier.macroF1.toFixed(2)}</dd>
            <dt>False alarms (validation)</dt>
            <dd>{(health.classifier.falseAlarmRate * 100).toFixed(1)}%</dd>
          </dl>
          <p>
            <Link to="/admin/classifier">Classifier details</Link>
          </p>
        </section>
        <section className="card" aria-labelledby="health-users">
          <h2 id="health-users">Users</h2>
          <dl className="facts">
            {ROLES.map((role) => (
              <div key={role} className="facts__pair">
                <dt>{ROLE_LABELS[role]}</dt>
                <dd>{health.users.byRole[role]}</dd>
              </div>
            ))}
            <div className="facts__pair">
              <dt>Disabled</dt>
              <dd>{health.users.total - health.users.enabled}</dd>
            </div>
            <div className="facts__pair">
              <dt>Must change password</dt>
              <dd>{health.users.mustChangePassword}</dd>
            </div>
          </dl>
          <p>
            <Link to="/admin/users">Manage users</Link>
          </p>
        </section>
      </div>
    </>
  );
}
