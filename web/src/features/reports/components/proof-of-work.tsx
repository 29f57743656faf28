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
  getState: () => string;
};

/**
 * The check's answer, once it has one: the answer given, the one being worked out (a second
 * verify() while the first runs fails it), or a new one; '' when the check failed.
 */
export function proofOfWorkAnswer(widget: ProofOfWorkHandle | null, given: string): Promise<string> {
  if (given || !widget) return Promise.resolve(given);
  if (widget.getState() !== 'verifying')
    return widget.verify().then(
      (result) => result?.payload ?? '',
      () => '',
    );
  return new Promise((resolve) => {
    const settled = (event: Event) => {
      const { state, payload } = (event as CustomEvent<{ state: string; payload?: string }>).detail;
      if (state === 'verifying') return;
      widget.removeEventListener('statechange', settled);
      resolve(state === 'verified' ? (payload ?? '') : '');
    };
    widget.addEventListener('statechange', settled);
  });
}

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
