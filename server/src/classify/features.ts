import type { NormalizedText } from './normalize.js';
import { PorterStemmer } from './natural.js';
import { forEachMatch } from './regex.js';
import { isOrganisationNumber } from './recognizers/allow-list.js';
import { requiredLiterals } from './required-literals.js';

/**
 * Turns a post into the model's sparse features, in three blocks:
 *   words: stemmed words and adjacent-word pairs (presence), hashed, L2-normalised;
 *   chars: character 3–5-grams of the words as written (sublinear counts), hashed, L2-normalised;
 *   rules: the lexicon and recognizer scores, a few dense features at fixed positions after the hash space.
 * Things whose exact value carries no meaning for a category (an email, a phone number, a module
 * code, the University's name in any spelling) become placeholder words, so "TM112" and "A111"
 * teach the model the same thing. Word tokens keep their offsets so evidence can quote them.
 */

/** Hash space for the two sparse blocks. 2^20 keeps collisions rare for a corpus of this size. */
export const HASH_BITS = 20;
export const HASH_SIZE = 1 << HASH_BITS;
const HASH_MASK = HASH_SIZE - 1;

export type WordToken = {
  /** the stem, or a placeholder such as zzou */
  term: string;
  /** range in the normalised text */
  start: number;
  end: number;
};

export type SparseVector = { indices: Int32Array; values: Float32Array };

/** Words without meaning for any category; negators and pronouns stay ("not suing", "kill myself"). */
const STOP_WORDS = new Set(
  'a an the and or of to in on at for is are was were be been being it its this that these those with as by from so than then there here just very really too also'.split(
    ' ',
  ),
);

/**
 * Spans replaced by a placeholder before words are read, in priority order. A phone number an
 * organisation answers (the OU's own, a 0300 helpline) is zzorgphone, so "ring the OU on 0300 303
 * 5303" does not teach the model what "ring her on 07700 900123" does.
 */
const PLACEHOLDERS: ReadonlyArray<[RegExp, string | ((match: string) => string)]> = [
  [/[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/g, 'zzemail'],
  [/https?:\/\/\S+|www\.\S+/g, 'zzurl'],
  [/\+?\d[\d ()-]{8,}\d/g, (m) => (isOrganisationNumber(m) ? 'zzorgphone' : 'zzphone')],
  [/@openuni\w*|#openuni\w*|open\s+uni(?:versity)?\b|\bou(?:'s)?\b|\bousa\b/g, 'zzou'],
  [/\b(?:tma|ema|icma)s?\s?\d*\b/g, 'zzassessment'],
  [/\b[a-z]{1,3}\d{3}\b/g, 'zzmodule'],
  [/£\s?\d[\d,.]*\s?(?:k|m|bn|million|billion)?/g, 'zzmoney'],
  [/\d+/g, 'zznum'],
];

/** For each placeholder, the strings one of which a match must contain: most posts have no "@" or "£". */
const PLACEHOLDER_REQUIRED = PLACEHOLDERS.map(([re]) => requiredLiterals(re.source, re.flags));

const WORD = /[a-z]+(?:'[a-z]+)*/g;
const CONTRACTION = /^([a-z]+)'(ll|m|ve|d|re)$/;
const CONTRACTED: Readonly<Record<string, string>> = { ll: 'will', m: 'am', ve: 'have', d: 'would', re: 'are' };

const stemCache = new Map<string, string>();

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    if (stemCache.size < 100_000) stemCache.set(word, s);
  }
  return s;
}

type RawSpan = { start: number; end: number; term: string };

/** Word tokens of a normalised post, with placeholders, in text order. */
export function wordTokens(n: NormalizedText): WordToken[] {
  const lower = n.lower;
  const spans: RawSpan[] = [];
  const taken = new Uint8Array(lower.length);
  PLACEHOLDERS.forEach(([re, term], p) => {
    const required = PLACEHOLDER_REQUIRED[p];
    if (required && !required.some((s) => lower.includes(s))) return;
    forEachMatch(re, lower, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      for (let i = start; i < end; i++) if (taken[i]) return;
      taken.fill(1, start, end);
      spans.push({ start, end, term: typeof term === 'string' ? term : term(m[0]) });
    });
  });
  forEachMatch(WORD, lower, (m) => {
    const start = m.index;
    if (taken[start]) return;
    let word = m[0];
    const end = start + word.length;
    if (word.endsWith("n't")) {
      // "don't", "won't", "can't": the verb and a negation.
      const base = word === "won't" ? 'will' : word === "can't" ? 'can' : word.slice(0, -3);
      if (base.length > 1) spans.push({ start, end: end - 3, term: stem(base) });
      spans.push({ start: end - 3, end, term: 'not' });
      return;
    }
    const contraction = CONTRACTION.exec(word);
    if (contraction) {
      // "i'll", "you're", "i'm": the pronoun and the verb, so "i'll" never reads as "ill".
      spans.push({ start, end: start + contraction[1]!.length, term: stem(contraction[1]!) });
      spans.push({ start: start + contraction[1]!.length, end, term: CONTRACTED[contraction[2]!]! });
      return;
    }
    if (word.endsWith("'s")) word = word.slice(0, -2);
    word = word.replace(/'/g, '');
    if ((word.length < 2 && word !== 'i') || STOP_WORDS.has(word)) return;
    spans.push({ start, end, term: stem(word) });
  });
  spans.sort((a, b) => a.start - b.start);
  return spans;
}

/** FNV-1a over a string, with a seed so the blocks hash apart. */
function hashString(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const WORD_SEED = 0x5eed01;
const PAIR_SEED = 0x5eed02;
const CHAR_SEED = 0x5eed03;

export const wordFeature = (term: string): number => hashString(term, WORD_SEED) & HASH_MASK;
export const pairFeature = (a: string, b: string): number => hashString(`${a} ${b}`, PAIR_SEED) & HASH_MASK;

// Scratch tables for counting a post's features without sorting: a feature's count is valid only
// while its stamp equals the current post's. One process classifies one post at a time.
const stamps = new Uint32Array(HASH_SIZE);
const counts = new Uint16Array(HASH_SIZE);
let stamp = 0;

/** A growable scratch list of feature indices, reused from post to post. */
class Scratch {
  data = new Int32Array(1024);
  length = 0;

  push(f: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = f;
  }
}

const rawWords = new Scratch();
const rawChars = new Scratch();
const distinctWords = new Scratch();
const distinctChars = new Scratch();

/** The distinct features of `raw` into `out`, in first-seen order, each with its count in `counts`. */
function collapse(raw: Scratch, out: Scratch): void {
  stamp = stamp === 0xffffffff ? 1 : stamp + 1;
  if (stamp === 1) stamps.fill(0);
  out.length = 0;
  const { data } = raw;
  for (let i = 0; i < raw.length; i++) {
    const f = data[i]!;
    if (stamps[f] !== stamp) {
      stamps[f] = stamp;
      counts[f] = 0;
      out.push(f);
    }
    counts[f] = Math.min(0xffff, counts[f]! + 1);
  }
}

/** The text the character n-grams read: the words as written, placeholders in place of numbers and names. */
function charText(n: NormalizedText, tokens: readonly WordToken[]): string {
  let out = ' ';
  for (const t of tokens) out += (t.term.startsWith('zz') ? t.term : n.lower.slice(t.start, t.end)) + ' ';
  return out;
}

function charGrams(text: string, out: Scratch): void {
  out.length = 0;
  for (let i = 0; i + 3 <= text.length; i++) {
    let h = (0x811c9dc5 ^ CHAR_SEED) >>> 0;
    for (let k = 0; k < 5 && i + k < text.length; k++) {
      h ^= text.charCodeAt(i + k);
      h = Math.imul(h, 0x01000193);
      if (k >= 2) out.push((h >>> 0) & HASH_MASK);
    }
  }
}

/**
 * The sparse vector of one post. `rules` are the dense rule features (already scaled), placed at
 * HASH_SIZE + i.
 */
export function featurize(n: NormalizedText, tokens: readonly WordToken[], rules: readonly number[]): SparseVector {
  rawWords.length = 0;
  for (let i = 0; i < tokens.length; i++) {
    rawWords.push(wordFeature(tokens[i]!.term));
    if (i > 0) rawWords.push(pairFeature(tokens[i - 1]!.term, tokens[i]!.term));
  }
  collapse(rawWords, distinctWords);
  const words = distinctWords.length;
  charGrams(charText(n, tokens), rawChars);
  collapse(rawChars, distinctChars);
  const chars = distinctChars.length;
  // Words count once each (presence); character n-grams sublinearly, 1 + log(count). Each block is
  // L2-normalised, its squares summed in first-seen order.
  let charSquares = 0;
  for (let i = 0; i < chars; i++) {
    const v = 1 + Math.log(counts[distinctChars.data[i]!]!);
    charSquares += v * v;
  }
  let ruleCount = 0;
  for (const v of rules) if (v !== 0) ruleCount++;
  const total = words + chars + ruleCount;
  const indices = new Int32Array(total);
  const values = new Float32Array(total);
  let at = 0;
  if (words > 0) {
    const norm = 1 / Math.sqrt(words);
    indices.set(distinctWords.data.subarray(0, words), at);
    values.fill(norm, at, at + words);
    at += words;
  }
  if (charSquares > 0) {
    const norm = 1 / Math.sqrt(charSquares);
    for (let i = 0; i < chars; i++) {
      const f = distinctChars.data[i]!;
      indices[at] = f;
      values[at++] = (1 + Math.log(counts[f]!)) * norm;
    }
  }
  rules.forEach((v, i) => {
    if (v !== 0) {
      indices[at] = HASH_SIZE + i;
      values[at++] = v;
    }
  });
  return { indices, values };
}
