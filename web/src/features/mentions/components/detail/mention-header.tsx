import type { MentionDetail } from '@ou-listening/shared';
import { Link } from 'react-router';
import { ExternalLink } from '../../../../components/ui/external-link';
import { AuthorFlags } from '../author-flags';
import { authorOf, fullTime, relativeTime, riskPercent, shownPlatform, STATUS_LABELS } from '../format';

type Props = { mention: MentionDetail; mine: boolean };

export function MentionHeader({ mention, mine }: Props) {
  return (
    <header className="mention-detail__header">
      <h2 id="mention-detail-title">
        {mention.authorName && <span>{mention.authorName} </span>}
        {authorOf(mention) !== mention.authorName && <span className="muted">{authorOf(mention)}</span>}
      </h2>
      <p className="mention-detail__meta">
        {shownPlatform(mention) && <span>{shownPlatform(mention)} · </span>}
        <time dateTime={mention.postedAt} title={fullTime(mention.postedAt)}>
          {relativeTime(mention.postedAt)}
        </time>{' '}
        · <span>Risk {riskPercent(mention.riskScore)}</span> · <span>{STATUS_LABELS[mention.status]}</span>
        {mention.isDemo && <span className="badge badge--demo">Demo</span>}
        {mention.onOwnAccount && (
          <>
            {' '}
            <span className="badge badge--own">On our account</span>
          </>
        )}
        <AuthorFlags mention={mention} />
        {mention.assignee && <span> · Assigned to {mine ? 'you' : mention.assignee.displayName}</span>}
        {mention.authorId && (
          <>
            {' '}
            ·{' '}
            <Link to={`/authors/${encodeURIComponent(mention.platform)}/${encodeURIComponent(mention.authorId)}`}>
              Author page
            </Link>
          </>
        )}
      </p>
      <ExternalLink href={mention.url} fallback={<span className="muted">No link to the original post</span>}>
        View the original post
      </ExternalLink>
    </header>
  );
}
