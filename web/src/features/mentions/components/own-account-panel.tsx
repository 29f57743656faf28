import type { MentionDetail } from '@ou-listening/shared';
import { platformLabel } from './format';
import { BlockAuthorForm } from './own-account/block-author-form';
import { OurPost } from './own-account/our-post';
import { PlatformActionList } from './own-account/platform-action-list';
import { ReplyForm } from './own-account/reply-form';

type Props = { mention: MentionDetail };

/**
 * A comment on one of the OU's own accounts: the post it was left on, what was asked of the
 * platform and its answers, and a reply (written, previewed, then confirmed) and a block, where the
 * platform allows them; where it does not, the reason is said.
 */
export function OwnAccountPanel({ mention }: Props) {
  const options = mention.platformOptions;
  const label = options?.platformLabel ?? platformLabel(mention.platform);
  return (
    <section className="own-account" aria-labelledby="own-account-title">
      <h3 id="own-account-title">On our {label} account</h3>
      <OurPost post={mention.ownContext?.parentPost ?? null} label={label} />
      <p>{mention.platformHidden ? `Hidden on ${label}.` : `Visible on ${label}.`}</p>
      <PlatformActionList actions={mention.platformActions} label={label} />
      <h4>Reply on {label}</h4>
      <ReplyForm mention={mention} option={options?.reply} label={label} />
      <h4>The author on {label}</h4>
      <BlockAuthorForm mention={mention} options={options} label={label} />
    </section>
  );
}
