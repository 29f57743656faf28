import { BLOCK_REASON_MAX_LENGTH, type MentionDetail, type PlatformOptions } from '@ou-listening/shared';
import { useId, useState } from 'react';
import { Button } from '../../../../components/ui/button';
import { CharacterCount } from '../../../../components/ui/character-count';
import { ErrorAlert } from '../../../../components/ui/error-alert';
import { useRequiredText } from '../../../../lib/use-required-text';
import { useBlockAuthor } from '../../api/block-author';
import { authorOf } from '../format';

type Props = { mention: MentionDetail; options: PlatformOptions | null; label: string };

/** Block the author on the platform (with a reason, after a confirmation) or lift the block. */
export function BlockAuthorForm({ mention, options, label }: Props) {
  const block = useBlockAuthor();
  const [confirming, setConfirming] = useState(false);
  const who = authorOf(mention);
  const countId = useId();
  // A form opened again starts without the last attempt's error.
  const handleConfirming = (show: boolean) => {
    block.reset();
    setConfirming(show);
  };
  const reason = useRequiredText((text, clear) =>
    block.mutate(
      { id: mention.id, blocked: true, reason: text },
      {
        onSuccess: () => {
          setConfirming(false);
          clear();
        },
      },
    ),
  );

  const error = block.error && <ErrorAlert>Nothing was changed: {block.error.message}</ErrorAlert>;
  if (!options?.block.offered)
    return (
      <p className="muted" role="note">
        Blocking is not offered: {options?.block.offered === false ? options.block.reason : 'not on our account'}.
      </p>
    );
  if (options.authorBlocked || !confirming)
    return (
      <>
        <div className="own-account__actions">
          {options.authorBlocked ? (
            <>
              <span>
                {who} is blocked on {label}.
              </span>
              <Button disabled={block.isPending} onClick={() => block.mutate({ id: mention.id, blocked: false })}>
                Unblock on {label}
              </Button>
            </>
          ) : (
            <Button onClick={() => handleConfirming(true)}>
              Block {who} on {label}…
            </Button>
          )}
        </div>
        {error}
      </>
    );
  return (
    <form onSubmit={reason.handleSubmit}>
      <label>
        Why block {who}?{/* Opened on purpose a moment ago: the reason is the next thing to type. */}
        <textarea
          rows={2}
          autoFocus
          aria-describedby={countId}
          value={reason.text}
          onChange={(e) => reason.setText(e.target.value)}
        />
      </label>
      <CharacterCount id={countId} length={reason.text.length} max={BLOCK_REASON_MAX_LENGTH} what="reason" />
      <div className="own-account__actions">
        <Button onClick={() => handleConfirming(false)}>Cancel</Button>
        <Button
          type="submit"
          variant="danger"
          disabled={block.isPending || !reason.text.trim() || reason.text.length > BLOCK_REASON_MAX_LENGTH}
        >
          Block on {label}
        </Button>
      </div>
      {error}
    </form>
  );
}
