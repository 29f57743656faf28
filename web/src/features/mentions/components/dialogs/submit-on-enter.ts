import type { KeyboardEvent } from 'react';

/**
 * Enter saves from anywhere in a dialog's form: browsers submit on Enter only from text fields, so
 * a person on a radio button or a tick box would otherwise have to Tab to the button.
 */
export function submitOnEnter(event: KeyboardEvent<HTMLFormElement>) {
  const target = event.target;
  if (event.key !== 'Enter' || event.shiftKey || !(target instanceof HTMLInputElement)) return;
  if (target.type !== 'checkbox' && target.type !== 'radio') return;
  event.preventDefault();
  event.currentTarget.requestSubmit();
}
