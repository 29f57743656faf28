import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { isOuPhoneNumber } from './allow-list.js';

export type PhoneVerdict =
  { kind: 'personal'; score: number; e164: string } | { kind: 'allowed' } | { kind: 'invalid' };

// Ofcom reserves these for drama; libphonenumber calls them invalid, but posts use them as real numbers.
const DRAMA_RANGES: ReadonlyArray<[number, number]> = [
  [447700900000, 447700900999],
  [441632960000, 441632960999],
];

function inDramaRange(e164: string): boolean {
  const n = Number(e164.slice(1));
  return DRAMA_RANGES.some(([lo, hi]) => n >= lo && n <= hi);
}

/**
 * Decides whether a phone-shaped string is a UK number that could identify a person. Numbers
 * libphonenumber knows are valid score 1; mobile-shaped numbers outside its allocation tables
 * still score high, because a typed-out 07xxx number is someone's phone whatever the tables say.
 */
export function checkUkPhone(raw: string): PhoneVerdict {
  const parsed = parsePhoneNumberFromString(raw, 'GB');
  if (!parsed || parsed.countryCallingCode !== '44') return { kind: 'invalid' };
  const e164 = parsed.number;
  if (isOuPhoneNumber(e164)) return { kind: 'allowed' };
  if (inDramaRange(e164)) return { kind: 'personal', score: 1, e164 };
  if (parsed.isValid()) return { kind: 'personal', score: 1, e164 };
  if (parsed.isPossible() && /^\+447[1-9]\d{8}$/.test(e164)) return { kind: 'personal', score: 0.85, e164 };
  return { kind: 'invalid' };
}
