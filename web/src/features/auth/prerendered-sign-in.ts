/**
 * The server sends /sign-in with the form already in the HTML (issue 20, first load): it shows, and
 * takes typing, before the scripts have run, and without them it signs in by an ordinary POST. When
 * the app starts it renders its own form in that one's place; this reads what the person had done
 * with the sent one by then, so nothing typed is lost.
 */
export type PrerenderedSignIn = {
  email: string;
  password: string;
  /** The refusal the server wrote into the page after a sign-in without scripts */
  alert?: string;
  /** The field that had the keyboard, and where its caret was */
  focus?: { field: 'email' | 'password'; start: number | null; end: number | null };
};

/** Marks the sent form; the app's own form never carries it, so each page load reads it at most once. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

export function readPrerenderedSignIn(): PrerenderedSignIn | undefined {
  if (typeof document === 'undefined') return undefined;
  const form = document.querySelector<HTMLFormElement>(`form[${PRERENDERED_ATTRIBUTE}]`);
  if (!form) return undefined;
  const field = (name: 'email' | 'password') => form.elements.namedItem(name) as HTMLInputElement | null;
  const email = field('email');
  const password = field('password');
  const active = [email, password].find((input) => input !== null && input === document.activeElement);
  return {
    email: email?.value ?? '',
    password: password?.value ?? '',
    alert: form.querySelector('[role=alert]')?.textContent ?? undefined,
    focus: active
      ? { field: active === email ? 'email' : 'password', start: active.selectionStart, end: active.selectionEnd }
      : undefined,
  };
}
