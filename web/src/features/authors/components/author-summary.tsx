import type { AuthorProfile } from '@ou-listening/shared';
import { Button } from '../../../components/ui/button';
import { formatUkTime } from '../../../lib/uk-time';
import { useSetWatched } from '../api/watch-author';

type Props = { profile: AuthorProfile; platformLabel: string; authorId: string };

const seen = (iso: string | null) => (iso ? formatUkTime(iso) : '—');

/** Who the author is, how often and since when they are mentioned, and whether the team watches them. */
export function AuthorSummary({ profile, platformLabel, authorId }: Props) {
  const watch = useSetWatched();
  return (
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
          <Button
            disabled={watch.isPending}
            onClick={() => watch.mutate({ platform: profile.platform, authorId, watched: !profile.watched })}
          >
            {profile.watched ? 'Remove from watchlist' : 'Add to watchlist'}
          </Button>
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
  );
}
