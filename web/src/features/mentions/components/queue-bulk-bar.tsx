import { useBulkUpdate } from '../api/bulk-update';
import type { BulkDone } from '../hooks/use-bulk-undo';
import { BulkBar } from './bulk-bar';

type Props = {
  checked: string[];
  /** each ticked mention's version when it was ticked */
  versions: Record<string, number>;
  currentUserId: string;
  onOpen: (dialog: 'bulk-hide' | 'bulk-mark') => void;
  onDone: (done: BulkDone) => void;
  onClear: () => void;
  onStale: (ids: string[]) => void;
};

/** The bar over ticked mentions; assigning them to oneself needs no dialog. */
export function QueueBulkBar({ checked, versions, currentUserId, onOpen, onDone, onClear, onStale }: Props) {
  const bulk = useBulkUpdate(onStale);
  if (checked.length === 0) return null;
  return (
    <BulkBar
      count={checked.length}
      isPending={bulk.isPending}
      error={bulk.error}
      onHide={() => onOpen('bulk-hide')}
      onMark={() => onOpen('bulk-mark')}
      onAssignToMe={() =>
        bulk.mutate(
          { ids: checked, versions, action: 'assign', userId: currentUserId },
          { onSuccess: (result, request) => onDone({ request, result }) },
        )
      }
      onClear={onClear}
    />
  );
}
