import type { MentionListItem } from '@ou-listening/shared';
import { EvidenceText, snippetAround } from '../../../components/ui/evidence-text';
import { ExternalLink } from '../../../components/ui/external-link';
import { authorOf, needsSafeguardingAction, riskBand, riskPercent, urgentBanner } from './format';
import { MentionChips, MentionMeta } from './mention-row-meta';

type RowProps = {
  mention: MentionListItem;
  selected: boolean;
  checked: boolean;
  onSelect: (id: string) => void;
  onToggleChecked: (id: string) => void;
  /** the first row of a Second look band names the band */
  bandLabel?: string;
};

/** One mention in the queue: its tick box, the button that opens it, and a link to the original. */
export function MentionRow({ mention, selected, checked, onSelect, onToggleChecked, bandLabel }: RowProps) {
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
      {bandLabel && <p className="mention-row__band">{bandLabel}</p>}
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
            <MentionMeta mention={mention} author={author} />
            <MentionChips mention={mention} />
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
