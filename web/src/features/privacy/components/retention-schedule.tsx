import type { RetentionOverview } from '@ou-listening/shared';

type Props = { overview: RetentionOverview };

const years = (days: number) => (days >= 365 ? ` (${(days / 365.25).toFixed(1).replace(/\.0$/, '')} years)` : '');

/** The schedule as this server is configured: read-only, changed through the environment. */
export function RetentionSchedule({ overview }: Props) {
  return (
    <section className="card" aria-labelledby="retention-heading">
      <h2 id="retention-heading">Retention schedule</h2>
      {/* Focusable, so keyboard users can scroll it on a phone. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="The schedule, scrolls sideways">
        <table>
          <caption className="muted">Set by environment variables; a nightly pass deletes what is due.</caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Kept for</th>
              <th scope="col">Counted from</th>
              <th scope="col">Variable</th>
            </tr>
          </thead>
          <tbody>
            {overview.classes.map((c) => (
              <tr key={c.key}>
                <td>{c.label}</td>
                <td>
                  {c.days} days{years(c.days)}
                </td>
                <td>{c.from}</td>
                <td>
                  <code>{c.variable}</code>
                </td>
              </tr>
            ))}
            {overview.kept.map((k) => (
              <tr key={k}>
                <td>{k}</td>
                <td>indefinitely</td>
                <td>—</td>
                <td>—</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        Erased authors suppressed at ingestion: {overview.suppressedAuthors} ({overview.suppressedPosts} posts dropped
        since).
      </p>
    </section>
  );
}

/** What the last passes removed: counts only. */
export function RetentionRuns({ overview }: Props) {
  return (
    <section className="card" aria-labelledby="runs-heading">
      <h2 id="runs-heading">Recent passes</h2>
      {overview.runs.length === 0 && overview.deletionChecks.length === 0 ? (
        <p className="muted">No retention pass or platform deletion check has run yet.</p>
      ) : (
        <ul>
          {overview.runs.map((run) => (
            <li key={`r${run.id}`}>
              Retention {new Date(run.startedAt).toLocaleString('en-GB')}:{' '}
              {Object.entries(run.counts)
                .map(([k, v]) => `${k} ${v}`)
                .join(', ')}
              {run.error ? ` — stopped: ${run.error}` : ''}
            </li>
          ))}
          {overview.deletionChecks.map((check) => (
            <li key={`d${check.id}`}>
              Deletion check {check.platform} {new Date(check.startedAt).toLocaleString('en-GB')}: {check.status},{' '}
              {check.checked} checked, {check.removed} removed, {check.keptHeld} kept under hold
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
