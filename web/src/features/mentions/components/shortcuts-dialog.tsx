import { Dialog } from './dialog';

export const SHORTCUTS: readonly [key: string, does: string][] = [
  ['j', 'Next mention'],
  ['k', 'Previous mention'],
  ['x', 'Select or deselect the current mention for bulk actions'],
  ['h', 'Hide the ticked mentions, or else the current one'],
  ['e', 'Escalate the current mention'],
  ['m', 'Mark the ticked mentions, or else the current one'],
  ['/', 'Search'],
  ['?', 'Show these shortcuts'],
  ['Escape', 'Close a dialog, or leave the search box'],
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
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
