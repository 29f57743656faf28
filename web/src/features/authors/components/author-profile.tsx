import { type AuthorProfile as AuthorProfileData, CATEGORY_INFO } from '@ou-listening/shared';
import { formatUkTime } from '../../../lib/uk-time';
import { useSetWatched } from '../api/watch-author';
import { ReportAccountForm } from './report-account-form';

type Props = { profile: AuthorProfileData; platformLabel: string; authorId: string };

/** One author across sources: who, how often, about what, and what the team has noted and done. */
export function AuthorProfile({ profile, platformLabel, authorId }: Props) {
  const watch = useSetWatched();
  const seen = (iso: string | null) => (iso ? formatUkTime(iso) : '—');
  return (
    <>
      {profile.impersonation && (
        <p className="alert alert--error" role="alert">
          Possible impersonation (policy 5.2): “{profile.impersonation.matched}” presents this account as{' '}
          {profile.impersonation.presentsAs === 'OU' ? 'the Open University' : 'the Students Association'}, and it is
          not on the list of official accounts.
        </p>
      )}
      <section className="card" aria-label="Author summary">
        <dl className="facts">
          <dt>Platform</dt>
          <dd>{platformLabel}</dd>
          {profile.detailed && (
            <>
              <dt>Handle</dt>
              <dd>{profile.handle ? `@${profile.handle}` : '—'}</dd>
            </>
          )}
          <dt>Mentions</dt>
          <dd>{profile.total}</dd>
          <dt>First seen</dt>
          <dd>{seen(profile.firstSeen)}</dd>
          <dt>Last seen</dt>
          <dd>{seen(profile.lastSeen)}</dd>
          <dt>Watchlist</dt>
          <dd>{profile.watched ? 'Watched: new mentions are raised in the queue' : 'Not watched'}</dd>
        </dl>
        {profile.detailed && (
          <p className="actions">
            <button
              type="button"
              className="button"
              disabled={watch.isPending}
              onClick={() => watch.mutate({ platform: profile.platform, authorId, watched: !profile.watched })}
            >
              {profile.watched ? 'Remove from watchlist' : 'Add to watchlist'}
            </button>
          </p>
        )}
        {watch.isError && (
          <p className="alert alert--error" role="alert">
            {watch.error.message}
          </p>
        )}
        {!profile.detailed && (
          <p className="muted" role="note">
            Counts only: who the author is and what they wrote are shown to the Communications Unit.
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="author-categories">
        <h2 id="author-categories">By category</h2>
        {profile.byCategory.length === 0 ? (
          <p className="muted">None of their mentions was flagged.</p>
        ) : (
          <table className="table">
            <caption className="visually-hidden">Mentions by category</caption>
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col">Mentions</th>
              </tr>
            </thead>
            <tbody>
              {profile.byCategory.map((c) => (
                <tr key={c.category}>
                  <td>{CATEGORY_INFO[c.category].label}</td>
                  <td>{c.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {profile.detailed && (
        <>
          <section className="card" aria-labelledby="author-mentions">
            <h2 id="author-mentions">Mentions</h2>
            <ul className="detail-list" aria-label="Their mentions">
              {profile.mentions.map((m) => (
                <li key={m.id}>
                  <span className="muted">
                    <time dateTime={m.postedAt}>{formatUkTime(m.postedAt)}</time>
                    {m.categories.length > 0 && ` · ${m.categories.map((c) => CATEGORY_INFO[c].label).join(', ')}`}
                    {m.onOwnAccount && ' · on our account'}
                    {' · '}
                  </span>
                  {m.text.length > 280 ? `${m.text.slice(0, 280)}…` : m.text}
                </li>
              ))}
            </ul>
          </section>
          <section className="card" aria-labelledby="author-notes">
            <h2 id="author-notes">Notes</h2>
            {profile.notes.length === 0 ? (
              <p className="muted">No notes on their mentions yet.</p>
            ) : (
              <ul className="detail-list">
                {profile.notes.map((n, i) => (
                  <li key={`${n.mentionId}-${i}`}>
                    {n.body}{' '}
                    <span className="muted">
                      — {n.by ?? 'someone'}, <time dateTime={n.at}>{formatUkTime(n.at)}</time>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {profile.reports.length > 0 && (
            <section className="card" aria-labelledby="author-reports">
              <h2 id="author-reports">Reported to {platformLabel}</h2>
              <ul className="detail-list">
                {profile.reports.map((r) => (
                  <li key={r.id}>
                    {r.reason}{' '}
                    <span className="muted">
                      — {r.by ?? 'someone'}, <time dateTime={r.at}>{formatUkTime(r.at)}</time>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <ReportAccountForm platform={profile.platform} authorId={authorId} platformLabel={platformLabel} />
        </>
      )}
    </>
  );
}
