import { AggressiveTokenizer, PorterStemmer } from './natural.js';

/**
 * Turns a post into the model's features: stemmed words plus adjacent-word pairs. Things whose
 * exact value carries no meaning for the category (an email, a phone number, a module code, the
 * University's name in any spelling) become placeholder words, so "TM112" and "A111" teach the
 * model the same thing.
 */
const tokenizer = new AggressiveTokenizer();

// Function words carry no signal, but negators and pronouns do ("not suing", "kill myself").
const STOP_WORDS = new Set(
  'a an the and or of to in on at for is are was were be been being it its this that these those with as by from i me my we our you your he she his her they their them so if then than there here just very really too also do does did has have had am will would can could should about into over up out some any all what which who whom how when where why'.split(
    ' ',
  ),
);

const REPLACEMENTS: ReadonlyArray<[RegExp, string]> = [
  [/[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/g, ' zzemail '],
  [/\+?\d[\d ()-]{8,}\d/g, ' zzphone '],
  [/@openuni\w*|#openuni\w*|open\s+uni(?:versity)?|\bou(?:'s)?\b|\bousa\b/g, ' zzou '],
  [/\b[a-z]{1,3}\d{3}\b/g, ' zzmodule '],
  [/\b(?:tma|ema|icma)s?\d*\b/g, ' zzassessment '],
  [/\d+/g, ' zznum '],
  [/n't\b/g, ' not'],
];

const stemCache = new Map<string, string>();

function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = word.startsWith('zz') ? word : PorterStemmer.stem(word);
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

/** Unigram and bigram features of lower-cased normalised text, in text order, duplicates kept. */
export function modelTokens(lower: string): string[] {
  let text = lower;
  for (const [re, by] of REPLACEMENTS) text = text.replace(re, by);
  const words = tokenizer
    .tokenize(text)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  const stems = words.map(stem);
  // Interleaved so a window over the list keeps each pair next to its words.
  const out: string[] = [];
  for (let i = 0; i < stems.length; i++) {
    out.push(stems[i]!);
    if (i > 0) out.push(`${stems[i - 1]}_${stems[i]}`);
  }
  return out;
}
