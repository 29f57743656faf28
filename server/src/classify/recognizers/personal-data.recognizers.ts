import type { NormalizedText } from '../normalize.js';
import { forEachMatch } from '../regex.js';
import { requiredLiteralSets } from '../required-literals.js';
import { isOuPostcode, isOuRoleEmail, OU_ADDRESS_NAMES } from './allow-list.js';
import { checkUkPhone } from './uk-phone.js';
import { ninoValid, nhsNumberValid, paymentCardValid, plausibleBirthDate, ukPostcodeValid } from './validators.js';

/**
 * Presidio-style pattern recognizer. `validate` returns true to lift the score to 1, false to drop
 * the match, a number to set the score, or undefined to keep `baseScore`. Context words near the
 * match raise the score; with `contextRequired`, a match without them is not reported at all
 * (an eight-character code on its own is not an OU PI).
 */
export type PatternRecognizer = {
  entity: string;
  pattern: RegExp;
  baseScore: number;
  contextWords: readonly string[];
  contextRequired?: boolean;
  validate?: (value: string) => boolean | number | undefined;
};

export type RecognizerMatch = { entity: string; start: number; end: number; value: string; score: number };

const CONTEXT_BOOST = 0.35;
const CONTEXT_BEFORE = 60;
const CONTEXT_AFTER = 40;

const ADDRESS_CONTEXT = [
  'lives',
  'live at',
  'living at',
  'address',
  'house',
  'home',
  'flat',
  'door',
  'round to',
  'turn up',
  'moved to',
  'postcode',
  'stays at',
];
const STREET_SUFFIX =
  '(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Crescent|Cres|Grove|Place|Pl|Gardens|Gdns|Terrace|Court|Ct|Row|Mews|Square|Sq|Walk|Rise|Green|Parade|Vale|View|Hill|Park|Gate|Mount|Heights|Quay|Wharf|Croft|Chase|Boulevard|Meadows)(?:\\s+(?:North|South|East|West))?';
const DATE =
  '(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})';

export const PERSONAL_DATA_RECOGNIZERS: readonly PatternRecognizer[] = [
  {
    entity: 'uk_phone',
    pattern: /(?<![\w+])(?:\+44[\s-]?(?:\(0\)[\s-]?)?|\(?0)\d{2,4}\)?(?:[\s-]?\d){6,8}(?![\d])/g,
    baseScore: 0.7,
    contextWords: ['phone', 'mobile', 'number', 'call', 'ring', 'text', 'whatsapp', 'tel', 'mob', 'contact'],
    validate: (value) => {
      const verdict = checkUkPhone(value);
      return verdict.kind === 'personal' ? verdict.score : false;
    },
  },
  {
    entity: 'email',
    pattern: /(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g,
    baseScore: 0.95,
    contextWords: ['email', 'e-mail', 'contact', 'message', 'write to'],
    validate: (value) => (isOuRoleEmail(value) ? false : undefined),
  },
  {
    entity: 'uk_nino',
    // Unspaced, in pairs, in threes, with hyphens or spelt out one character at a time:
    // "AB123456C", "AB 12 34 56 C", "ab-123-456-c", "a b 1 2 3 4 5 6 c".
    pattern: /\b[A-Za-z][\s-]?[A-Za-z][\s-]?(?:\d[\s-]?){6}[A-Da-d]\b/g,
    baseScore: 0.6,
    contextWords: ['ni', 'national insurance', 'nino', 'ni number', 'ni no'],
    validate: (value) => ninoValid(value),
  },
  {
    entity: 'payment_card',
    pattern: /\b(?:\d[ -]?){12,18}\d\b/g,
    baseScore: 0.5,
    contextWords: ['card', 'visa', 'mastercard', 'amex', 'debit', 'credit', 'cvv', 'expiry'],
    validate: (value) => paymentCardValid(value),
  },
  {
    entity: 'nhs_number',
    pattern: /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g,
    baseScore: 0.6,
    contextWords: ['nhs'],
    contextRequired: true,
    // Called an NHS number, ten digits expose someone even when the check digit is wrong (mistyped,
    // or made up to frighten); a valid one scores higher.
    validate: (value) => (nhsNumberValid(value) ? true : undefined),
  },
  {
    entity: 'ou_pi',
    pattern: /\b[A-Z]\d{7}\b/g,
    baseScore: 0.6,
    contextWords: [
      'pi',
      'p.i.',
      'personal identifier',
      'student number',
      'student no',
      'student id',
      'staff number',
      'ou',
      'open university',
      'open uni',
      'oucu',
      // where people post a named student's PI: marking, results, a tutor group
      'student',
      'students',
      'tutor',
      'tma',
      'ema',
      'marks',
      'marking',
      'results',
    ],
    contextRequired: true,
  },
  {
    entity: 'uk_postcode',
    pattern: /\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}\b/g,
    baseScore: 0.6,
    contextWords: ADDRESS_CONTEXT,
    // A valid shape keeps the base score: a postcode alone narrows to a street, not a person.
    validate: (value) => (ukPostcodeValid(value) && !isOuPostcode(value) ? undefined : false),
  },
  {
    entity: 'street_address',
    pattern: new RegExp(`\\b\\d{1,4}[A-Za-z]?,?\\s+(?:[A-Z][a-z'\\-]+\\s+){1,3}${STREET_SUFFIX}\\b`, 'g'),
    baseScore: 0.8,
    contextWords: ADDRESS_CONTEXT,
    validate: (value) => (OU_ADDRESS_NAMES.some((name) => value.toLowerCase().includes(name)) ? false : undefined),
  },
  {
    // Typed in lower case, a "number + words + road" is too common in ordinary prose to trust without context.
    entity: 'street_address',
    pattern: new RegExp(`\\b\\d{1,4}[a-z]?,?\\s+(?:[a-z'\\-]+\\s+){1,3}${STREET_SUFFIX.toLowerCase()}\\b`, 'g'),
    baseScore: 0.6,
    contextWords: ADDRESS_CONTEXT,
    contextRequired: true,
  },
  {
    // An address without a postcode, told as where someone lives: "lives on Beeches Road in West Brom".
    entity: 'street_address',
    pattern: new RegExp(
      `(?<=\\b(?:[Ll]ives?|[Ll]iving|[Ss]tays?|[Aa]ddress\\s+is|[Mm]oved\\s+to|[Hh]ouse\\s+is|[Ff]lat\\s+is)\\s+(?:at\\s+|on\\s+|in\\s+)?)(?:[Ff]lat\\s+\\d{1,4}[A-Za-z]?,?\\s+)?(?:\\d{1,4}[A-Za-z]?,?\\s+)?(?:[A-Z][a-z'\\-]+\\s+){1,3}${STREET_SUFFIX}\\b`,
      'g',
    ),
    baseScore: 0.75,
    contextWords: ADDRESS_CONTEXT,
    validate: (value) => (OU_ADDRESS_NAMES.some((name) => value.toLowerCase().includes(name)) ? false : undefined),
  },
  {
    // A house told by its number after the street: "Maryborough Court, number 14".
    entity: 'street_address',
    pattern: new RegExp(
      `\\b(?:[A-Z][a-z'\\-]+\\s+){1,3}${STREET_SUFFIX},?\\s+(?:[Nn]umber|[Nn]o\\.?)\\s*\\d{1,4}[A-Za-z]?\\b`,
      'g',
    ),
    baseScore: 0.8,
    contextWords: ADDRESS_CONTEXT,
    validate: (value) => (OU_ADDRESS_NAMES.some((name) => value.toLowerCase().includes(name)) ? false : undefined),
  },
  {
    entity: 'date_of_birth',
    pattern: new RegExp(`\\b${DATE}\\b`, 'gi'),
    baseScore: 0.6,
    contextWords: ['dob', 'd.o.b', 'born', 'birthday', 'date of birth', 'birth date', 'bday', 'b-day', 'birthdate'],
    contextRequired: true,
    validate: (value) => (plausibleBirthDate(value) ? undefined : false),
  },
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const contextMatchers = new WeakMap<PatternRecognizer, RegExp>();

function contextMatcher(r: PatternRecognizer): RegExp {
  let m = contextMatchers.get(r);
  if (!m) {
    m = new RegExp(`(?<![a-z0-9])(?:${r.contextWords.map(escapeRegExp).join('|')})(?![a-z0-9])`);
    contextMatchers.set(r, m);
  }
  return m;
}

function hasContext(r: PatternRecognizer, n: NormalizedText, start: number, end: number): boolean {
  if (r.contextWords.length === 0) return false;
  const window =
    n.lower.slice(Math.max(0, start - CONTEXT_BEFORE), start) + ' ' + n.lower.slice(end, end + CONTEXT_AFTER);
  return contextMatcher(r).test(window);
}

const requiredStrings = new WeakMap<PatternRecognizer, readonly string[][] | null>();

/** False when the text misses every string of a set that each match of the recognizer needs one of (an email's "@"). */
function mayMatch(r: PatternRecognizer, text: string): boolean {
  let required = requiredStrings.get(r);
  if (required === undefined) {
    required = requiredLiteralSets(r.pattern.source, r.pattern.flags) ?? null;
    requiredStrings.set(r, required);
  }
  return required === null || required.every((set) => set.some((s) => text.includes(s)));
}

export function runRecognizer(r: PatternRecognizer, n: NormalizedText): RecognizerMatch[] {
  const out: RecognizerMatch[] = [];
  if (!mayMatch(r, n.text)) return out;
  forEachMatch(r.pattern, n.text, (m) => {
    const value = m[0].trim().replace(/[,.]$/, '');
    const start = m.index;
    const end = start + value.length;
    const context = hasContext(r, n, start, end);
    if (r.contextRequired && !context) return;
    const verdict = r.validate?.(value);
    if (verdict === false) return;
    let score = verdict === true ? 1 : typeof verdict === 'number' ? verdict : r.baseScore;
    if (context) score = Math.min(1, score + CONTEXT_BOOST);
    out.push({ entity: r.entity, start, end, value, score });
  });
  return out;
}

/** Runs every recognizer; where matches overlap, the higher-scoring one wins. */
export function recognizePersonalData(
  n: NormalizedText,
  recognizers: readonly PatternRecognizer[] = PERSONAL_DATA_RECOGNIZERS,
): RecognizerMatch[] {
  const all = recognizers.flatMap((r) => runRecognizer(r, n));
  all.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RecognizerMatch[] = [];
  for (const m of all) {
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
