import type { MentionListItem } from '@ou-listening/shared';
import { useState } from 'react';
import { useMention } from '../../api/get-mention';
import { useHideMention } from '../../api/hide-mention';
import { conflictOf } from '../../api/mention-mutation';
import { authorOf, pinnedFor } from '../format';
import { dangerFor } from './danger-confirm';
import { HIDE_REASON_MAX, ReasonForm } from './reason-form';
import { versionFor } from './version-for';

type Props = { mention: MentionListItem; onDone: (hidden: MentionListItem) => void; onClose: () => void };

/**
 * Hiding here, and on the OU's own Facebook Page or Instagram account only when the person chooses
 * it (never by default); where the platform does not allow it, the reason is shown instead.
 */
export function HideDialog({ mention, onDone, onClose }: Props) {
  const hide = useHideMention();
  const options = useMention(mention.id).data?.platformOptions ?? null;
  const [onPlatform, setOnPlatform] = useState(false);
  const label = options?.platformLabel;
  return (
    <ReasonForm
      title={`Hide the mention by ${authorOf(mention)}`}
      submitLabel={onPlatform && label ? `Hide here and on ${label}` : 'Hide mention'}
      maxLength={HIDE_REASON_MAX}
      danger={dangerFor(pinnedFor([mention]), 1, 'Hiding it')}
      isPending={hide.isPending}
      failure={{ error: hide.error, conflict: conflictOf(hide.error) }}
      onSubmit={({ reason }) =>
        hide.mutate(
          { id: mention.id, reason, version: versionFor(mention, hide.error), ...(onPlatform ? { onPlatform } : {}) },
          { onSuccess: onDone },
        )
      }
      onClose={onClose}
    >
      {options &&
        (options.hide.offered ? (
          <fieldset className="dialog__fieldset">
            <legend>Where to hide it</legend>
            <label className="choice">
              <input type="radio" name="where" checked={!onPlatform} onChange={() => setOnPlatform(false)} />
              Hide here
            </label>
            <label className="choice">
              <input type="radio" name="where" checked={onPlatform} onChange={() => setOnPlatform(true)} />
              Hide here and on {label}
            </label>
          </fieldset>
        ) : (
          <p className="muted" role="note">
            Hiding on {label} is not offered: {options.hide.reason}.
          </p>
        ))}
    </ReasonForm>
  );
}
