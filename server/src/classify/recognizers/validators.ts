/**
 * Check digits and shape rules. A validator that passes lifts a recognizer's score to 1; one that
 * fails drops the match, so a random 16-digit string or an impossible NI number is not evidence.
 */

export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/** Luhn mod-10, used by every payment card scheme. */
export function luhnValid(number: string): boolean {
  const digits = digitsOf(number);
  if (digits.length < 12) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Card numbers are 13–19 digits and start with an issuer prefix (Visa, Mastercard, Amex, Discover…). */
export function paymentCardValid(number: string): boolean {
  const digits = digitsOf(number);
  if (digits.length < 13 || digits.length > 19) return false;
  if (!/^(?:4|5[1-5]|2[2-7]|3[47]|6(?:011|5)|3(?:0[0-5]|[68]))/.test(digits)) return false;
  return luhnValid(digits);
}

// HMRC: neither of the first two letters is D, F, I, Q, U or V; the second is not O;
// these prefixes are never allocated; the suffix is A–D.
const NINO_NEVER_PREFIX = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export function ninoValid(value: string): boolean {
  const v = value.replace(/[\s-]+/g, '').toUpperCase();
  const m = /^([A-Z])([A-Z])(\d{6})([A-D])$/.exec(v);
  if (!m) return false;
  const [, first, second] = m as unknown as [string, string, string];
  if (/[DFIQUV]/.test(first) || /[DFIQUVO]/.test(second)) return false;
  return !NINO_NEVER_PREFIX.has(first + second);
}

/** NHS number: 10 digits, mod-11 check digit (a remainder giving 10 is never issued). */
export function nhsNumberValid(value: string): boolean {
  const digits = digitsOf(value);
  if (digits.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === digits.charCodeAt(9) - 48;
}

// Royal Mail shape rules: letters that never appear in given positions of a postcode.
const OUTWARD = /^(?:[A-PR-UWYZ][0-9][0-9A-HJKMNPR-Y]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)$/;
const INWARD = /^[0-9][ABD-HJLNP-UW-Z]{2}$/;

export function ukPostcodeValid(value: string): boolean {
  const v = value.replace(/\s+/g, '').toUpperCase();
  if (v.length < 5 || v.length > 7) return false;
  return OUTWARD.test(v.slice(0, -3)) && INWARD.test(v.slice(-3));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A calendar date a living person could have been born on (year 1900 to this year). */
export function plausibleBirthDate(value: string, now: Date = new Date()): boolean {
  const v = value.toLowerCase();
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(v);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (numeric) {
    [day, month, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    if (year < 100) year += year > now.getFullYear() % 100 ? 1900 : 2000;
  } else {
    const words =
      /(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\s+(\d{4})|([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(
        v,
      );
    if (!words) return false;
    const monthName = (words[2] ?? words[4] ?? '').slice(0, 3);
    month = MONTHS.indexOf(monthName) + 1;
    day = Number(words[1] ?? words[5]);
    year = Number(words[3] ?? words[6]);
  }
  if (!month || month < 1 || month > 12 || !day || day < 1 || day > 31) return false;
  return year >= 1900 && year <= now.getFullYear();
}
