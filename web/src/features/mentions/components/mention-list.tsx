import type { MentionListItem } from '@ou-listening/shared';
import { MentionRow } from './mention-row';

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
