import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import type { UndoOffer } from '../hooks/use-undo';

type Props = { offer: UndoOffer; onDone: () => void };

/** "Hidden. Undo" for ten seconds; the undo goes through the same API as any other change. */
export function UndoToast({ offer, onDone }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const handleUndo = () => {
    setPending(true);
    offer.undo().then(onDone, (e: unknown) => {
      setPending(false);
      setError(e instanceof Error ? e.message : String(e));
    });
  };
  return (
    <div className="undo-toast" role="status">
      <span>{error ? `Could not undo: ${error}` : offer.message}</span>
      {!error && (
        <Button small disabled={pending} onClick={handleUndo}>
          Undo
        </Button>
      )}
      <Button variant="link" onClick={onDone} aria-label="Dismiss">
        ✕
      </Button>
    </div>
  );
}
