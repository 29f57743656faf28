import { type MentionDetail, type PlatformOption, REPLY_MAX_LENGTH } from '@ou-listening/shared';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { conflictOf } from '../../api/mention-mutation';
import { useReplyToMention } from '../../api/reply-mention';
import { CharacterCount } from '../../../../components/ui/character-count';
import { ConflictNotice } from '../conflict-notice';
import { authorOf } from '../format';
import { ErrorAlert } from '../../../../components/ui/error-alert';
import { Button } from '../../../../components/ui/button';

type Props = { mention: MentionDetail; option: PlatformOption | undefined; label: string };

/** A reply on the platform: written, previewed, then confirmed; or why the platform does not allow one. */
export function ReplyForm({ mention, option, label }: Props) {
  const reply = useReplyToMention();
  const [draft, setDraft] = useState('');
  const [previewing, setPreviewing] = useState(false);
  const conflict = conflictOf(reply.error);
  const countId = useId();
  const previewRef = useRef<HTMLParagraphElement>(null);
  // Keyboard and screen-reader users land on what will be posted, not on the page's top.
  useEffect(() => {
    if (previewing) previewRef.current?.focus();
  }, [previewing]);
  // No maxLength on the box: a long paste is kept whole, to be cut down, rather than silently cut off.
  const tooLong = draft.length > REPLY_MAX_LENGTH;

  const handlePreview = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() && !tooLong) setPreviewing(true);
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

  if (!option?.offered)
    return (
      <p className="muted" role="note">
        Replying is not offered: {option?.offered === false ? option.reason : 'not on our account'}.
      </p>
    );
  if (previewing)
    return (
      <div>
        {mention.isDemo ? (
          <p>
            A demo comment: this reply to {authorOf(mention)} is recorded here as if posted on {label}. Nothing is sent
            to any platform.
          </p>
        ) : (
          <p>
            This will be posted publicly on {label}, as the OU, replying to {authorOf(mention)}:
          </p>
        )}
        <p className="own-account__preview" aria-label="Reply preview" tabIndex={-1} ref={previewRef}>
          {draft.trim()}
        </p>
        {conflict && <ConflictNotice current={conflict} />}
        {reply.error && !conflict && <ErrorAlert>Nothing was sent: {reply.error.message}</ErrorAlert>}
        <div className="own-account__actions">
          <Button onClick={() => setPreviewing(false)}>Edit</Button>
          <Button variant="primary" disabled={reply.isPending} onClick={handleSend}>
            Post reply on {label}
          </Button>
        </div>
      </div>
    );
  return (
    <form onSubmit={handlePreview}>
      <label>
        Your reply
        <textarea
          rows={3}
          aria-describedby={countId}
          aria-invalid={tooLong || undefined}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
      </label>
      <CharacterCount id={countId} length={draft.length} max={REPLY_MAX_LENGTH} what="reply" />
      <div className="own-account__actions">
        <Button type="submit" disabled={!draft.trim() || tooLong}>
          Preview reply
        </Button>
      </div>
    </form>
  );
}
