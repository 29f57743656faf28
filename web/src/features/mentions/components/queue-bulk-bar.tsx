import { useBulkUpdate } from '../api/bulk-update';
import { BulkBar } from './bulk-bar';

type Props = {
  checked: string[];
  currentUserId: string;
  onOpen: (dialog: 'bulk-hide' | 'bulk-mark') => void;
  onDone: () => void;
  onClear: () => void;
};

/** The bar over ticked mentions; assigning them to oneself needs no dialog. */
export function QueueBulkBar({ checked, currentUserId, onOpen, onDone, onClear }: Props) {
  const bulk = useBulkUpdate();
  if (checked.length === 0) return null;
  return (
    <BulkBar
      count={checked.length}
      isPending={bulk.isPending}
      error={bulk.error}
      onHide={() => onOpen('bulk-hide')}
      onMark={() => onOpen('bulk-mark')}
      onAssignToMe={() => bulk.mutate({ ids: checked, action: 'assign', userId: currentUserId }, { onSuccess: onDone })}
      onClear={onClear}
    />
  );
}
