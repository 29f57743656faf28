import type { MentionDetail, PlatformActionView } from '@ou-listening/shared';
import { type FormEvent, useState } from 'react';
import { ExternalLink } from '../../../components/ui/external-link';
import { useBlockAuthor } from '../api/block-author';
import { conflictOf } from '../api/mention-mutation';
import { useReplyToMention } from '../api/reply-mention';
import { ConflictNotice } from './conflict-notice';
import { authorOf, fullTime, platformLabel, relativeTime } from './format';

type Props = { mention: MentionDetail };

const ACTION_LABELS: Record<PlatformActionView['kind'], string> = {
  hide: 'Hide',
  unhide: 'Unhide',
  reply: 'Reply',
  block: 'Block the author',
  unblock: 'Unblock the author',
};

function ActionState({ action }: { action: PlatformActionView }) {
  if (action.status === 'done')
    return (
      <>
        done{' '}
        {action.settledAt && (
          <time dateTime={action.settledAt} title={fullTime(action.settledAt)}>
            {relativeTime(action.settledAt)}
          </time>
        )}
        {action.resultUrl && (
          <>
            {' · '}
            <ExternalLink href={action.resultUrl}>View the reply</ExternalLink>
          </>
        )}
      </>
    );
  if (action.status === 'failed')
    return (
      <strong className="text--error">
        failed after {action.attempts} attempt{action.attempts === 1 ? '' : 's'}: {action.lastError}
      </strong>
    );
  if (action.attempts === 0) return <>sending…</>;
  return (
    <strong className="text--error">
      not done yet: {action.lastError}. Trying again
      {action.nextAttemptAt ? ` ${relativeTime(action.nextAttemptAt)}` : ' soon'} (attempt {action.attempts + 1})
    </strong>
  );
}

/**
 * A comment on the OU's own Facebook Page or Instagram account: the post it was left on, what was
 * asked of the platform and its answers, and a reply (written, previewed, then confirmed) and a
 * block, where the platform allows them; where it does not, the reason is said.
 */
export function OwnAccountPanel({ mention }: Props) {
  const reply = useReplyToMention();
  const block = useBlockAuthor();
  const [draft, setDraft] = useState('');
  const [previewing, setPreviewing] = useState(false);
  const [blockReason, setBlockReason] = useState('');
  const [confirmingBlock, setConfirmingBlock] = useState(false);
  const options = mention.platformOptions;
  const label = options?.platformLabel ?? platformLabel(mention.platform);
  const post = mention.ownContext?.parentPost ?? null;
  const conflict = conflictOf(reply.error);

  const handlePreview = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) setPreviewing(true);
  };
  const handleSend = () =>
    reply.mutate(
      { id: mention.id, text: draft.trim(), version: conflict?.version ?? mention.version },
      {
        onSuccess: () => {
          setDraft('');
          setPreviewing(false);
        },
      },
    );
  const handleBlock = (event: FormEvent) => {
    event.preventDefault();
    if (!blockReason.trim()) return;
    block.mutate(
      { id: mention.id, blocked: true, reason: blockReason.trim() },
      {
        onSuccess: () => {
          setConfirmingBlock(false);
          setBlockReason('');
        },
      },
    );
  };

  return (
    <section className="own-account" aria-labelledby="own-account-title">
      <h3 id="own-account-title">On our {label} account</h3>
      {post ? (
        <>
          <p className="muted">
            Left on our post
            {post.postedAt && (
              <>
                {' of '}
                <time dateTime={post.postedAt} title={fullTime(post.postedAt)}>
                  {relativeTime(post.postedAt)}
                </time>
              </>
            )}
            :
          </p>
          <blockquote className="own-account__post" aria-label="Our post">
            {post.text || <span className="muted">(no text)</span>}
          </blockquote>
          <ExternalLink href={post.url} fallback={null}>
            View our post on {label}
          </ExternalLink>
        </>
      ) : (
        <p className="muted">The post it was left on is not known.</p>
      )}
      <p>{mention.platformHidden ? `Hidden on ${label}.` : `Visible on ${label}.`}</p>

      {mention.platformActions.length > 0 && (
        <>
          <h4>Asked of {label}</h4>
          <ul className="detail-list" aria-label={`Actions on ${label}`}>
            {mention.platformActions.map((action) => (
              <li key={action.id}>
                <strong>{ACTION_LABELS[action.kind]}</strong>
                {action.text && <> “{action.text}”</>}: <ActionState action={action} />{' '}
                <span className="muted">by {action.requestedBy ?? 'someone'}</span>
              </li>
            ))}
          </ul>
        </>
      )}

      <h4>Reply on {label}</h4>
      {!options?.reply.offered ? (
        <p className="muted" role="note">
          Replying is not offered: {options?.reply.offered === false ? options.reply.reason : 'not on our account'}.
        </p>
      ) : previewing ? (
        <div>
          <p>
            This will be posted publicly on {label}, as the OU, under the comment by {authorOf(mention)}:
          </p>
          <p className="own-account__preview" aria-label="Reply preview">
            {draft.trim()}
          </p>
          {conflict && <ConflictNotice current={conflict} />}
          {reply.error && !conflict && (
            <p className="alert alert--error" role="alert">
              Nothing was sent: {reply.error.message}
            </p>
          )}
          <div className="own-account__actions">
            <button type="button" className="button" onClick={() => setPreviewing(false)}>
              Edit
            </button>
            <button type="button" className="button button--primary" disabled={reply.isPending} onClick={handleSend}>
              Post reply on {label}
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={handlePreview}>
          <label>
            Your reply
            <textarea rows={3} maxLength={2000} value={draft} onChange={(e) => setDraft(e.target.value)} />
          </label>
          <div className="own-account__actions">
            <button type="submit" className="button" disabled={!draft.trim()}>
              Preview reply
            </button>
          </div>
        </form>
      )}

      <h4>The author on {label}</h4>
      {!options?.block.offered ? (
        <p className="muted" role="note">
          Blocking is not offered: {options?.block.offered === false ? options.block.reason : 'not on our account'}.
        </p>
      ) : options.authorBlocked ? (
        <div className="own-account__actions">
          <span>
            {authorOf(mention)} is blocked on {label}.
          </span>
          <button
            type="button"
            className="button"
            disabled={block.isPending}
            onClick={() => block.mutate({ id: mention.id, blocked: false })}
          >
            Unblock on {label}
          </button>
        </div>
      ) : confirmingBlock ? (
        <form onSubmit={handleBlock}>
          <label>
            Why block {authorOf(mention)}?
            <textarea rows={2} value={blockReason} onChange={(e) => setBlockReason(e.target.value)} />
          </label>
          <div className="own-account__actions">
            <button type="button" className="button" onClick={() => setConfirmingBlock(false)}>
              Cancel
            </button>
            <button type="submit" className="button button--danger" disabled={block.isPending || !blockReason.trim()}>
              Block on {label}
            </button>
          </div>
        </form>
      ) : (
        <div className="own-account__actions">
          <button type="button" className="button" onClick={() => setConfirmingBlock(true)}>
            Block {authorOf(mention)} on {label}…
          </button>
        </div>
      )}
      {block.error && (
        <p className="alert alert--error" role="alert">
          Nothing was changed: {block.error.message}
        </p>
      )}
    </section>
  );
}
