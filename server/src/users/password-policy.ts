import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';
import { WeakPassword } from './users.errors.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
/** zxcvbn's 0–4 scale; 3 is "safely unguessable: moderate protection from an offline attack". */
export const MIN_PASSWORD_SCORE = 3;

/** Words anyone would try first against this service's accounts (dictionary words have no spaces). */
const SERVICE_WORDS = ['openuniversity', 'sociallistening', 'oulistening'];

/**
 * Built on first use: loading the dictionaries takes about half a second, which start-up and the
 * command line need not pay. Levenshtein matching stays off: it made one check take ~350 ms here.
 */
let estimator: ZxcvbnFactory | undefined;
function strength(password: string, userInputs: string[]) {
  estimator ??= new ZxcvbnFactory({
    translations,
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...englishDictionary, service: SERVICE_WORDS },
  });
  return estimator.check(password, userInputs);
}

/** Letters and digits only, lower case: "Open-University" and "openuniversity" compare equal. */
const squeeze = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The rules for a password someone chose (generated ones are strong by construction). Throws
 * WeakPassword with a message that says what to change.
 */
export function checkPasswordPolicy(password: string, owner: { email: string }): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new WeakPassword(`The password must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  if (password.length > MAX_PASSWORD_LENGTH)
    throw new WeakPassword(`The password must be at most ${MAX_PASSWORD_LENGTH} characters long`);

  const email = owner.email.trim().toLowerCase();
  const localPart = email.split('@')[0] ?? '';
  const lower = password.toLowerCase();
  // A local part of one or two letters would refuse half of all passwords; a longer one is a name.
  if (lower.includes(email) || (localPart.length >= 3 && lower.includes(localPart)))
    throw new WeakPassword('The password must not contain the email address or the part of it before the @');
  if (squeeze(password).includes('openuniversity'))
    throw new WeakPassword('The password must not contain "Open University" (in any spelling or case)');

  const result = strength(password, [email, localPart, ...localPart.split(/[._+-]/).filter((p) => p.length >= 3)]);
  if (result.score >= MIN_PASSWORD_SCORE) return;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  throw new WeakPassword(
    `This password is too easy to guess. ${advice || 'Add a few more words that are not common.'} ` +
      'A phrase of four or more unrelated words works well.',
  );
}
