import { Button } from '../../../../components/ui/button';

type Props = { submitLabel: string; retrying: boolean; disabled: boolean; onCancel: () => void };

/** Cancel and the form's submit button, which says "Retry" after a conflict. */
export function DialogActions({ submitLabel, retrying, disabled, onCancel }: Props) {
  return (
    <div className="dialog__actions">
      <Button onClick={onCancel}>Cancel</Button>
      <Button type="submit" variant="primary" disabled={disabled}>
        {retrying ? `Retry: ${submitLabel.toLowerCase()}` : submitLabel}
      </Button>
    </div>
  );
}
