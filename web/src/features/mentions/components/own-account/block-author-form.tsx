import type { MentionDetail, PlatformOptions } from '@ou-listening/shared';
import { type FormEvent, useState } from 'react';
import { useBlockAuthor } from '../../api/block-author';
import { authorOf } from '../format';
import { ErrorAlert } from '../../../../components/ui/error-alert';

type Props = { mention: MentionDetail; options: PlatformOptions | null; label: string };

/** Block the author on the platform (with a reason, after a confirmation) or lift the block. */
export function BlockAuthorForm({ mention, options, label }: Props) {
  const block = useBlockAuthor();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const who = authorOf(mention);

  const handleBlock = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    block.mutate(
      { id: mention.id, blocked: true, reason: reason.trim() },
      {
        onSuccess: () => {
          setConfirming(false);
          setReason('');
        },
      },
    );
  };

  const error = block.error && <ErrorAlert>Nothing was changed: {block.error.message}</ErrorAlert>;
  if (!options?.block.offered)
    return (
      <p className="muted" role="note">
        Blocking is not offered: {options?.block.offered === false ? options.block.reason : 'not on our account'}.
      </p>
    );
  if (options.authorBlocked)
    return (
      <>
        <div className="own-account__actions">
          <span>
            {who} is blocked on {label}.
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
        {error}
      </>
    );
  if (!confirming)
    return (
      <>
        <div className="own-account__actions">
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            Block {who} on {label}…
          </button>
        </div>
        {error}
      </>
    );
  return (
    <form onSubmit={handleBlock}>
      <label>
        Why block {who}?
        <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="own-account__actions">
        <button type="button" className="button" onClick={() => setConfirming(false)}>
          Cancel
        </button>
        <button type="submit" className="button button--danger" disabled={block.isPending || !reason.trim()}>
          Block on {label}
        </button>
      </div>
      {error}
    </form>
  );
}
