import 'altcha/external';
import 'altcha/altcha.css';
import type {} from 'altcha/types/react';
import ShaWorker from 'altcha/workers/sha?worker';
import { forwardRef } from 'react';

// The external build loads no worker of its own: ours is a file Vite emits beside the app, so the
// Content-Security-Policy needs no blob: or inline exception.
globalThis.$altcha.algorithms.set('SHA-256', () => new ShaWorker());

export type ProofOfWorkHandle = HTMLElement & {
  verify: () => Promise<{ payload: string } | null>;
  reset: () => void;
};

/**
 * The ALTCHA check: the browser does a little work (a second or two) so that sending reports by
 * the thousand costs something. No third party, no cookie, no tracking; the widget puts its
 * answer in a hidden "altcha" field of the form.
 */
export const ProofOfWork = forwardRef<HTMLElement>(function ProofOfWork(_props, ref) {
  return (
    <altcha-widget
      ref={ref}
      challenge="/api/reports/challenge"
      name="altcha"
      auto="onfocus"
      workers={2}
      configuration={JSON.stringify({ hideLogo: true, hideFooter: true })}
    />
  );
});
