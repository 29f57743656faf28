import { CATEGORY_INFO, type MentionListItem } from '@ou-listening/shared';
import { EvidenceText, snippetAround } from '../../../components/ui/evidence-text';
import { ExternalLink } from '../../../components/ui/external-link';
import { AuthorFlags } from './author-flags';
import {
  authorOf,
  fullTime,
  MARK_LABELS,
  needsSafeguardingAction,
  relativeTime,
  riskBand,
  riskPercent,
  secondLookNotice,
  shownPlatform,
  STATUS_LABELS,
  urgentBanner,
} from './format';

type RowProps = {
  mention: MentionListItem;
  selected: boolean;
  checked: boolean;
  onSelect: (id: string) => void;
  onToggleChecked: (id: string) => void;
};

function MentionRow({ mention, selected, checked, onSelect, onToggleChecked }: RowProps) {
  const snippet = snippetAround(
    mention.text,
    mention.categories.flatMap((c) => c.evidence),
    180,
  );
  const author = authorOf(mention);
  const urgent = needsSafeguardingAction(mention);
  return (
    <li
      className={`mention-row${selected ? ' mention-row--selected' : ''}${urgent ? ' mention-row--urgent' : ''}`}
      aria-current={selected ? 'true' : undefined}
      data-mention-id={mention.id}
    >
      {urgent && <p className="mention-row__banner">{urgentBanner(mention)}</p>}
      <div className="mention-row__body">
        <input
          type="checkbox"
          className="mention-row__check"
          aria-label={`Select mention by ${author}: ${mention.text.slice(0, 40)}${mention.text.length > 40 ? '…' : ''}`}
          checked={checked}
          onChange={() => onToggleChecked(mention.id)}
        />
        <button type="button" className="mention-row__open" onClick={() => onSelect(mention.id)}>
          <span className={`risk risk--${riskBand(mention.riskScore)}`}>
            <span className="visually-hidden">Risk </span>
            {riskPercent(mention.riskScore)}
          </span>
          <span className="mention-row__main">
            <span className="mention-row__meta">
              <span className="mention-row__author">{author}</span>
              {shownPlatform(mention) && <span className="muted">{shownPlatform(mention)}</span>}
              <time dateTime={mention.postedAt} title={fullTime(mention.postedAt)} className="muted">
                {relativeTime(mention.postedAt)}
              </time>
              {mention.isDemo && <span className="badge badge--demo">Demo</span>}
              {mention.platform === 'report' && <span className="badge badge--report">Report</span>}
              {mention.onOwnAccount && <span className="badge badge--own">On our account</span>}
              <AuthorFlags mention={mention} />
              {mention.platformHidden && (
                <span className="badge badge--hidden">Hidden on {shownPlatform(mention)}</span>
              )}
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
            <span className="mention-row__chips">
              {mention.categories.map((c) => (
                <span key={c.category} className={`chip chip--${c.category}`}>
                  {CATEGORY_INFO[c.category].label}
                </span>
              ))}
              {mention.secondLook.length > 0 && (
                <span className="badge badge--second-look">{secondLookNotice(mention)}</span>
              )}
            </span>
            <span className="mention-row__snippet">
              {snippet.cutStart && '…'}
              <EvidenceText text={snippet.text} evidence={snippet.spans} />
              {snippet.cutEnd && '…'}
            </span>
          </span>
        </button>
        <span className="mention-row__original">
          <ExternalLink href={mention.url} fallback={null}>
            Original<span className="visually-hidden"> post by {author}</span> ↗
          </ExternalLink>
        </span>
      </div>
    </li>
  );
}

type Props = {
  mentions: MentionListItem[];
  selectedId: string | null;
  checkedIds: ReadonlySet<string>;
  onSelect: (id: string) => void;
  onToggleChecked: (id: string) => void;
};

export function MentionList({ mentions, selectedId, checkedIds, onSelect, onToggleChecked }: Props) {
  return (
    <ul className="mention-list" aria-label="Mentions">
      {mentions.map((mention) => (
        <MentionRow
          key={mention.id}
          mention={mention}
          selected={mention.id === selectedId}
          checked={checkedIds.has(mention.id)}
          onSelect={onSelect}
          onToggleChecked={onToggleChecked}
        />
      ))}
    </ul>
  );
}
