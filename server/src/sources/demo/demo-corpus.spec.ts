import { DEMO_CORPUS_SIZE, demoCorpus, demoCorpusSources } from './demo-corpus';
import { TEMPLATES } from './demo-templates';

const HARMLESS = new Set(['everyday', 'criticism']);

describe('the demo corpus', () => {
  const sources = demoCorpusSources();
  const corpus = demoCorpus();

  it('is the same corpus, in the same order, from both accessors', () => {
    expect(corpus).toHaveLength(DEMO_CORPUS_SIZE);
    expect(corpus.map((p) => p.text)).toEqual(sources.map((s) => s.post.text));
    expect(corpus.every((p, i) => p.ordinal === i)).toBe(true);
  });

  it('is varied: no template makes more than 1% of it, and every harmful template is used exactly once', () => {
    const uses = new Map<string, number>();
    for (const s of sources) uses.set(s.template, (uses.get(s.template) ?? 0) + 1);
    expect(Math.max(...uses.values())).toBeLessThanOrEqual(DEMO_CORPUS_SIZE / 100);
    for (const [theme, templates] of Object.entries(TEMPLATES)) {
      if (HARMLESS.has(theme)) continue;
      templates.forEach((_, index) => expect(uses.get(`${theme}#${index}`)).toBe(1));
    }
  });

  it('keeps most posts harmless, with every category present', () => {
    const harmless = corpus.filter((p) => HARMLESS.has(p.theme)).length;
    expect(harmless / corpus.length).toBeGreaterThan(0.8);
    expect(new Set(corpus.map((p) => p.theme)).size).toBe(Object.keys(TEMPLATES).length);
  });

  it('leaves no template syntax behind and no doubled articles', () => {
    for (const { text } of corpus) {
      expect(text).not.toMatch(/[{}[\]|]/);
      expect(text).not.toMatch(/\b(?:the|my|our|an?) (?:the|my) /i);
      expect(text).not.toMatch(/\s[.,!?]|\s{2}/);
    }
  });

  it('uses only invented contact details, apart from the OU public ones', () => {
    const text = corpus.map((p) => p.text).join('\n');
    const phones = text.match(/(?:\+44 ?|0)[\d -]{9,13}\d/g) ?? [];
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) expect(phone).toMatch(/^(?:\+44 ?7700|07700)[ -]?900[ -]?\d{3}$|^0300 303 5303$/);
    for (const postcode of text.match(/\b[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}\b/g) ?? [])
      expect(postcode).toMatch(/^ZZ\d |^MK7 6AA$/);
    for (const email of text.match(/[\w.]+@[\w.]+\.\w+/g) ?? [])
      expect(email).toMatch(/@(?:mail\.)?example\.(?:com|org|net)$/);
  });
});
