import { ErrorAlert } from '../../../components/ui/error-alert';
import { Button } from '../../../components/ui/button';

type Props = {
  count: number;
  isPending: boolean;
  error: Error | null;
  onHide: () => void;
  onMark: () => void;
  onAssignToMe: () => void;
  onClear: () => void;
};

export function BulkBar({ count, isPending, error, onHide, onMark, onAssignToMe, onClear }: Props) {
  return (
    <div className="bulk-bar" role="region" aria-label="Bulk actions">
      <span>
        <strong>{count}</strong> selected
      </span>
      <Button disabled={isPending} onClick={onHide}>
        Hide selected
      </Button>
      <Button disabled={isPending} onClick={onMark}>
        Mark selected
      </Button>
      <Button disabled={isPending} onClick={onAssignToMe}>
        Assign selected to me
      </Button>
      <Button onClick={onClear}>Clear selection</Button>
      {error && <ErrorAlert>Nothing was changed: {error.message}</ErrorAlert>}
    </div>
  );
}
