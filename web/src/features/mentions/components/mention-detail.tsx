import { CATEGORY_INFO, type MentionDetail as MentionDetailData } from '@ou-listening/shared';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { EvidenceText, reasonLabel } from '../../../components/ui/evidence-text';
import {
  authorOf,
  fullTime,
  MARK_LABELS,
  needsSafeguardingAction,
  relativeTime,
  riskPercent,
  secondLookNotice,
  SEVERITY_LABELS,
  shownPlatform,
  STATUS_LABELS,
  urgentBanner,
  urgentCategoriesOf,
  URGENT_STEPS,
} from './format';
import { ExternalLink } from '../../../components/ui/external-link';
import { useMentionExtra } from '../../../components/ui/mention-extras';

type Props = {
  mention: MentionDetailData;
  currentUserId: string;
  isBusy: boolean;
  isAddingNote: boolean;
  onHide: () => void;
  onUnhide: () => void;
  onEscalate: () => void;
  onMark: () => void;
  onAssign: (userId: string | null) => void;
  onAddNote: (body: string, onAdded: () => void) => void;
  /** the OU's own account panel (post, reply, block), when the mention was left there */
  platformPanel?: ReactNode;
};

/** Everything about one mention, and what can be done with it. Presentational: data and actions come in. */
export function MentionDetail({
  mention,
  currentUserId,
  isBusy,
  isAddingNote,
  onHide,
  onUnhide,
  onEscalate,
  onMark,
  onAssign,
  onAddNote,
  platformPanel,
}: Props) {
  const [note, setNote] = useState('');
  const mine = mention.assignee?.id === currentUserId;
  const danger = urgentCategoriesOf(mention);
  const extra = useMentionExtra(mention);

  const handleAddNote = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim()) onAddNote(note.trim(), () => setNote(''));
  };

  return (
    <article className="mention-detail" aria-labelledby="mention-detail-title">
      {needsSafeguardingAction(mention) && <p className="mention-detail__banner">{urgentBanner(mention)}</p>}
      {mention.secondLook.length > 0 && (
        <p className="alert alert--warning" role="note">
          {secondLookNotice(mention)}. Read it and escalate it if someone may be at risk.
        </p>
      )}
      {danger.length > 0 && (
        <section className="mention-detail__steps" aria-labelledby="detail-urgent-steps">
          <h3 id="detail-urgent-steps">What to do now</h3>
          <ul>
            {danger.map((code) => (
              <li key={code}>
                <strong>{CATEGORY_INFO[code].label}:</strong> {URGENT_STEPS[code]}
              </li>
            ))}
          </ul>
        </section>
      )}
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

      <div className="mention-detail__actions" role="toolbar" aria-label="Actions on this mention">
        {mention.hidden ? (
          <button type="button" className="button" disabled={isBusy} onClick={onUnhide}>
            Unhide
          </button>
        ) : (
          <button type="button" className="button" disabled={isBusy} onClick={onHide} aria-keyshortcuts="h">
            Hide
          </button>
        )}
        <button
          type="button"
          className="button button--danger"
          disabled={isBusy}
          onClick={onEscalate}
          aria-keyshortcuts="e"
        >
          Escalate
        </button>
        <button
          type="button"
          className="button"
          disabled={isBusy}
          onClick={onMark}
          aria-haspopup="dialog"
          aria-keyshortcuts="m"
        >
          Mark
        </button>
        {mine ? (
          <button type="button" className="button" disabled={isBusy} onClick={() => onAssign(null)}>
            Unassign
          </button>
        ) : (
          <button type="button" className="button" disabled={isBusy} onClick={() => onAssign(currentUserId)}>
            Assign to me
          </button>
        )}
      </div>

      <blockquote className="mention-detail__text">
        <EvidenceText text={mention.text} evidence={mention.categories.flatMap((c) => c.evidence)} />
      </blockquote>

      {extra}

      {platformPanel}

      <section aria-labelledby="detail-categories">
        <h3 id="detail-categories">Categories</h3>
        {mention.categories.length === 0 ? (
          <p className="muted">No category applies.</p>
        ) : (
          <ul className="detail-list">
            {mention.categories.map((c) => (
              <li key={c.category}>
                <span className={`chip chip--${c.category}`}>{CATEGORY_INFO[c.category].label}</span>{' '}
                {riskPercent(c.score)}% · <span className="muted">Policy {CATEGORY_INFO[c.category].policyRef}</span>
                {c.evidence.length > 0 && (
                  <span className="muted">
                    {' '}
                    · found: {[...new Set(c.evidence.map((e) => reasonLabel(e.reason)))].join(', ')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        {mention.escalation && (
          <p>
            Escalated: {SEVERITY_LABELS[mention.escalation.severity]} severity, {mention.escalation.status}.
          </p>
        )}
      </section>

      <section aria-labelledby="detail-marks">
        <h3 id="detail-marks">Marks</h3>
        {mention.marks.length === 0 ? (
          <p className="muted">Not marked yet.</p>
        ) : (
          <ul className="detail-list">
            {mention.marks.map((m, index) => (
              <li key={`${m.at}-${index}`}>
                <strong>{MARK_LABELS[m.mark]}</strong>
                {m.correctedCategories && (
                  <>
                    {' '}
                    · categories corrected to{' '}
                    {m.correctedCategories.map((c) => CATEGORY_INFO[c].label).join(', ') || 'none'}
                  </>
                )}
                {m.note && <> · “{m.note}”</>}{' '}
                <span className="muted">
                  {m.by?.displayName ?? 'someone'}, <time dateTime={m.at}>{relativeTime(m.at)}</time>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="detail-notes">
        <h3 id="detail-notes">Notes</h3>
        {mention.notes.length === 0 ? (
          <p className="muted">No notes yet.</p>
        ) : (
          <ul className="detail-list">
            {mention.notes.map((n) => (
              <li key={n.id}>
                <span className="note__body">{n.body}</span>{' '}
                <span className="muted">
                  {n.author?.displayName ?? 'someone'}, <time dateTime={n.createdAt}>{relativeTime(n.createdAt)}</time>
                </span>
              </li>
            ))}
          </ul>
        )}
        <form className="note-form" onSubmit={handleAddNote}>
          <label>
            Add a note
            <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <button type="submit" className="button" disabled={isAddingNote || !note.trim()}>
            Add note
          </button>
        </form>
      </section>

      <section aria-labelledby="detail-history">
        <h3 id="detail-history">History</h3>
        {mention.history.length === 0 ? (
          <p className="muted">Nothing has been done yet.</p>
        ) : (
          <ol className="detail-list">
            {mention.history.map((h, index) => (
              <li key={`${h.at}-${index}`}>
                <code>{h.action}</code> <span className="muted">by {h.actorEmail ?? 'the system'}, </span>
                <time dateTime={h.at} title={fullTime(h.at)}>
                  {relativeTime(h.at)}
                </time>
              </li>
            ))}
          </ol>
        )}
      </section>

      {mention.authorRecent.length > 0 && (
        <section aria-labelledby="detail-author-recent">
          <h3 id="detail-author-recent">Other recent mentions by {authorOf(mention)}</h3>
          <ul className="detail-list">
            {mention.authorRecent.map((m) => (
              <li key={m.id}>
                <span className="muted">{relativeTime(m.postedAt)} · </span>
                {m.text.length > 120 ? `${m.text.slice(0, 120)}…` : m.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
