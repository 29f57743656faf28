import { ErrorAlert } from '../../../components/ui/error-alert';

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
      <button type="button" className="button" disabled={isPending} onClick={onHide}>
        Hide selected
      </button>
      <button type="button" className="button" disabled={isPending} onClick={onMark}>
        Mark selected
      </button>
      <button type="button" className="button" disabled={isPending} onClick={onAssignToMe}>
        Assign selected to me
      </button>
      <button type="button" className="button" onClick={onClear}>
        Clear selection
      </button>
      {error && <ErrorAlert>Nothing was changed: {error.message}</ErrorAlert>}
    </div>
  );
}
