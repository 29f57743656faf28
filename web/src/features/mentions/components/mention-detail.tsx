import type { MentionDetail as MentionDetailData } from '@ou-listening/shared';
import type { ReactNode } from 'react';
import { EvidenceLegend, EvidenceText } from '../../../components/ui/evidence-text';
import { useMentionExtra } from '../../../components/ui/mention-extras';
import { AuthorRecent } from './detail/author-recent';
import { MentionActions, type MentionActionHandlers } from './detail/mention-actions';
import { MentionCategories } from './detail/mention-categories';
import { MentionHeader } from './detail/mention-header';
import { MentionHistory } from './detail/mention-history';
import { MentionMarks } from './detail/mention-marks';
import { MentionNotes } from './detail/mention-notes';
import { SafeguardingPanel } from './detail/safeguarding-panel';
import { needsSafeguardingAction, secondLookNotice, urgentBanner, urgentCategoriesOf } from './format';

type Props = MentionActionHandlers & {
  mention: MentionDetailData;
  currentUserId: string;
  isBusy: boolean;
  isAddingNote: boolean;
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
  onAddNote,
  platformPanel,
  ...on
}: Props) {
  const extra = useMentionExtra(mention);
  const evidence = mention.categories.flatMap((c) => c.evidence);
  return (
    <article className="mention-detail" aria-labelledby="mention-detail-title">
      {needsSafeguardingAction(mention) && <p className="mention-detail__banner">{urgentBanner(mention)}</p>}
      {mention.secondLook.length > 0 && (
        <p className="alert alert--warning" role="note">
          {secondLookNotice(mention)}
          {urgentCategoriesOf(mention).length > 0 ? '.' : '. Read it and escalate it if someone may be at risk.'}
        </p>
      )}
      <MentionHeader mention={mention} mine={mention.assignee?.id === currentUserId} />
      {/* The post before what to do about it: on a phone the steps ran to a screen and more above it. */}
      <blockquote className="mention-detail__text">
        <EvidenceText text={mention.text} evidence={evidence} />
      </blockquote>
      <EvidenceLegend text={mention.text} evidence={evidence} />
      <MentionActions mention={mention} currentUserId={currentUserId} isBusy={isBusy} {...on} />
      {urgentCategoriesOf(mention).length > 0 && <SafeguardingPanel mention={mention} />}
      {extra}
      {platformPanel}
      <MentionCategories mention={mention} />
      <MentionMarks marks={mention.marks} />
      <MentionNotes notes={mention.notes} isAddingNote={isAddingNote} onAddNote={onAddNote} />
      <MentionHistory history={mention.history} />
      <AuthorRecent mention={mention} />
    </article>
  );
}
