import type { MentionDetail, PlatformOption } from '@ou-listening/shared';
import { type FormEvent, useState } from 'react';
import { conflictOf } from '../../api/mention-mutation';
import { useReplyToMention } from '../../api/reply-mention';
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

  if (!option?.offered)
    return (
      <p className="muted" role="note">
        Replying is not offered: {option?.offered === false ? option.reason : 'not on our account'}.
      </p>
    );
  if (previewing)
    return (
      <div>
        <p>
          This will be posted publicly on {label}, as the OU, under the comment by {authorOf(mention)}:
        </p>
        <p className="own-account__preview" aria-label="Reply preview">
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
        <textarea rows={3} maxLength={2000} value={draft} onChange={(e) => setDraft(e.target.value)} />
      </label>
      <div className="own-account__actions">
        <Button type="submit" disabled={!draft.trim()}>
          Preview reply
        </Button>
      </div>
    </form>
  );
}
