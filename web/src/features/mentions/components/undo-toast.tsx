import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import type { UndoOffer } from '../hooks/use-undo';

type Props = { offer: UndoOffer; onDone: () => void };

/**
 * "Hidden. Undo" for ten seconds; the undo goes through the same API as any other change. An action
 * with nothing to take back (assigning to oneself) is only confirmed.
 */
export function UndoToast({ offer, onDone }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const { undo } = offer;
  const handleUndo = (takeBack: () => Promise<unknown>) => {
    setPending(true);
    takeBack().then(onDone, (e: unknown) => {
      setPending(false);
      setError(e instanceof Error ? e.message : String(e));
    });
  };
  return (
    <div className="undo-toast" role="status">
      <span>{error ? `Could not undo: ${error}` : offer.message}</span>
      {!error && undo && (
        <Button small disabled={pending} onClick={() => handleUndo(undo)}>
          Undo
        </Button>
      )}
      <Button variant="link" onClick={onDone} aria-label="Dismiss">
        ✕
      </Button>
    </div>
  );
}
