import { featurize, HASH_SIZE, wordFeature, wordTokens } from './features';
import { normalize } from './normalize';

const terms = (text: string) => wordTokens(normalize(text)).map((t) => t.term);

describe('model features', () => {
  it('stems words and keeps pronouns and negations, with offsets into the text', () => {
    const text = "She's not suing anyone, I won't either";
    const n = normalize(text);
    const tokens = wordTokens(n);
    expect(tokens.map((t) => t.term)).toEqual(['she', 'not', 'su', 'anyon', 'i', 'will', 'not', 'either']);
    const suing = tokens.find((t) => t.term === 'su')!;
    expect(text.slice(suing.start, suing.end)).toBe('suing');
  });

  it('turns values whose exact form means nothing into placeholders', () => {
    expect(terms('Ring 07700 900123 or mail jo@example.com about TM112 TMA02 at the Open University, £3.2m')).toEqual([
      'ring',
      'zzphone',
      'mail',
      'zzemail',
      'about',
      'zzmodule',
      'zzassessment',
      'zzou',
      'zzmoney',
    ]);
  });

  it('puts each block at unit length and the rule scores after the hash space', () => {
    const n = normalize('Going to end it all tonight');
    const tokens = wordTokens(n);
    const v = featurize(n, tokens, [0, 2.5, 0]);
    const hashed = Array.from(v.indices).map((i, k) => [i, v.values[k]!] as const);
    const words = new Set(tokens.map((t) => wordFeature(t.term)));
    const rules = hashed.filter(([i]) => i >= HASH_SIZE);
    expect(rules).toEqual([[HASH_SIZE + 1, 2.5]]);
    const total = hashed.filter(([i]) => i < HASH_SIZE).reduce((s, [, x]) => s + x * x, 0);
    // Two blocks (words, characters), each of length 1.
    expect(total).toBeCloseTo(2, 4);
    for (const t of tokens) expect(words.has(wordFeature(t.term))).toBe(true);
  });

  it('gives the same vector for the same text', () => {
    const a = normalize('Selling TMA answers, DM me');
    const b = normalize('Selling TMA answers, DM me');
    const va = featurize(a, wordTokens(a), []);
    const vb = featurize(b, wordTokens(b), []);
    expect(Array.from(va.indices)).toEqual(Array.from(vb.indices));
    expect(Array.from(va.values)).toEqual(Array.from(vb.values));
  });

  it('copes with empty and odd text', () => {
    for (const text of ['', '😀🔥', '\u0000\u0007', "''''", 'a'.repeat(5000)]) {
      const n = normalize(text);
      expect(() => featurize(n, wordTokens(n), [])).not.toThrow();
    }
  });
});
