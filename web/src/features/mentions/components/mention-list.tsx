import { type MentionListItem, type QueueBand, SECOND_LOOK_BAND_LABELS, secondLookBand } from '@ou-listening/shared';
import { needsSafeguardingAction } from './format';
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
  let previous: QueueBand | null = null;
  for (const mention of mentions) {
    const band = secondLookBand({ pinned: needsSafeguardingAction(mention), secondLook: mention.secondLook });
    if (band !== 2 && band !== previous) starts.set(mention.id, SECOND_LOOK_BAND_LABELS[band]);
    previous = band;
  }
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
