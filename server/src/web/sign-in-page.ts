import { SIGN_IN_REFUSALS, type SignInRefusal } from '../auth/sign-in-form.service.js';

/*
 * web/dist/sign-in.html is the app's sign-in page rendered at build time (web/prerender-sign-in.ts),
 * sent for /sign-in so the form is on screen before the app's scripts have run (issue 20). After a
 * refused form POST (SignInFormService) the page comes back with the refusal written into it.
 */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * sign-in.html with the refusal shown where the app's form shows it (before the first field), as
 * the same paragraph; the app reads it from there when it takes over. Undefined when the page has
 * no form to put it in (a build without the prerendered page).
 */
export function withRefusal(html: string, refusal: SignInRefusal): string | undefined {
  const form = html.indexOf('data-prerendered');
  const firstField = form < 0 ? -1 : html.indexOf('<label', form);
  if (firstField < 0) return undefined;
  const alert = `<p class="alert alert--error" role="alert">${escapeHtml(SIGN_IN_REFUSALS[refusal])}</p>`;
  return html.slice(0, firstField) + alert + html.slice(firstField);
}

export const isSignInRefusal = (code: unknown): code is SignInRefusal =>
  typeof code === 'string' && Object.hasOwn(SIGN_IN_REFUSALS, code);
