import type { MentionListItem } from '@ou-listening/shared';
import { SECOND_LOOK_BAND_LABELS, secondLookBand } from './format';
import { MentionRow } from './mention-row';

type Props = {
  mentions: MentionListItem[];
  selectedId: string | null;
  checkedIds: ReadonlySet<string>;
  onSelect: (id: string) => void;
  onToggleChecked: (id: string) => void;
  /** the Second look view under the risk sort: say where each band below the pinned ones starts */
  banded?: boolean;
};

/** Where a band of the Second look view starts, its words; pinned rows carry their own banner. */
function bandStarts(mentions: readonly MentionListItem[]): Map<string, string> {
  const starts = new Map<string, string>();
  mentions.forEach((mention, i) => {
    const band = secondLookBand(mention);
    if (band !== 2 && (i === 0 || secondLookBand(mentions[i - 1]!) !== band))
      starts.set(mention.id, SECOND_LOOK_BAND_LABELS[band]);
  });
  return starts;
}

export function MentionList({ mentions, selectedId, checkedIds, onSelect, onToggleChecked, banded = false }: Props) {
  const starts = banded ? bandStarts(mentions) : new Map<string, string>();
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
          bandLabel={starts.get(mention.id)}
        />
      ))}
    </ul>
  );
}
