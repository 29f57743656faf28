import { Button } from '../../../../components/ui/button';
import { Dialog } from '../../../../components/ui/dialog';

export const SHORTCUTS: readonly [key: string, does: string][] = [
  ['j', 'Next mention'],
  ['k', 'Previous mention'],
  ['x', 'Select or deselect the current mention for bulk actions'],
  ['h', 'Hide the ticked mentions, or else the current one'],
  ['e', 'Escalate the current mention'],
  ['m', 'Mark the ticked mentions, or else the current one (then 1–4 picks the mark, Enter saves)'],
  ['/', 'Search'],
  ['?', 'Show these shortcuts'],
  ['Escape', 'Close a dialog, or leave the search box (its text stays)'],
];

type Props = { onClose: () => void };

export function ShortcutsDialog({ onClose }: Props) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <dl className="shortcuts">
        {SHORTCUTS.map(([key, does]) => (
          <div key={key} className="shortcuts__row">
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{does}</dd>
          </div>
        ))}
      </dl>
      <div className="dialog__actions">
        <Button onClick={onClose}>Close</Button>
      </div>
    </Dialog>
  );
}
