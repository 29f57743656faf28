import { CATEGORY_INFO, type MentionListItem } from '@ou-listening/shared';
import { AuthorFlags } from './author-flags';
import { fullTime, MARK_LABELS, relativeTime, secondLookNotice, shownPlatform, STATUS_LABELS } from './format';

/** A comment on our own accounts still waiting for the reply policy 7.3 asks for. */
const unanswered = (mention: MentionListItem) =>
  mention.onOwnAccount &&
  mention.latestMark?.mark !== 'responded' &&
  (mention.status === 'new' || mention.status === 'reviewed');

/** Who posted it, where and when, and what has happened to it since: a row's second line. */
export function MentionMeta({ mention, author }: { mention: MentionListItem; author: string }) {
  const report = mention.platform === 'report';
  return (
    <span className="mention-row__meta">
      <span className="mention-row__author">{author}</span>
      {shownPlatform(mention) && <span className="muted">{shownPlatform(mention)}</span>}
      <time dateTime={mention.postedAt} title={fullTime(mention.postedAt)} className="muted">
        {report ? `happened ${relativeTime(mention.postedAt)}` : relativeTime(mention.postedAt)}
      </time>
      {report && (
        // A report is dated by what it is about; when it reached us is what says it is new.
        <time dateTime={mention.ingestedAt} title={fullTime(mention.ingestedAt)} className="muted">
          received {relativeTime(mention.ingestedAt)}
        </time>
      )}
      {mention.isDemo && <span className="badge badge--demo">Demo</span>}
      {report && <span className="badge badge--report">Report</span>}
      {mention.onOwnAccount && <span className="badge badge--own">On our account</span>}
      {unanswered(mention) && <span className="badge badge--unanswered">Not answered yet</span>}
      <AuthorFlags mention={mention} />
      {mention.platformHidden && <span className="badge badge--hidden">Hidden on {shownPlatform(mention)}</span>}
      {mention.status !== 'new' && (
        <span className={`badge badge--${mention.status}`}>{STATUS_LABELS[mention.status]}</span>
      )}
      {mention.latestMark && <span className="badge">{MARK_LABELS[mention.latestMark.mark]}</span>}
      {mention.assignee && <span className="muted">Assigned: {mention.assignee.displayName}</span>}
      {mention.noteCount > 0 && (
        <span className="muted">
          {mention.noteCount} note{mention.noteCount === 1 ? '' : 's'}
        </span>
      )}
    </span>
  );
}

/** The categories it was flagged for, and whether it wants a second look. */
export function MentionChips({ mention }: { mention: MentionListItem }) {
  return (
    <span className="mention-row__chips">
      {mention.categories.map((c) => (
        <span key={c.category} className={`chip chip--${c.category}`}>
          {CATEGORY_INFO[c.category].label}
        </span>
      ))}
      {mention.secondLook.length > 0 && <span className="badge badge--second-look">{secondLookNotice(mention)}</span>}
    </span>
  );
}
