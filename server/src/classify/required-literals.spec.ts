import { loadCorpus } from './corpus';
import { LEXICONS } from './lexicons';
import { PERSONAL_DATA_RECOGNIZERS } from './recognizers/personal-data.recognizers';
import { LiteralScanner, mayMatch, prefiltered, requiredLiteralSets, requiredLiterals } from './required-literals';
import { SAFEGUARDING_COMPOUNDS, THREAT_COMPOUNDS } from './urgent-lexicons';

describe('required literals', () => {
  it('finds the words every match must contain', () => {
    expect(requiredLiterals(String.raw`\bsu(?:e|ed|es|ing)\b`)?.sort()).toEqual(['sue', 'sued', 'sues', 'suing']);
    expect(requiredLiterals(String.raw`\b(?:to|in)\s+court\b`)).toEqual(['court']);
    expect(requiredLiterals(String.raw`\bcourt\b|\btribunals?\b`)?.sort()).toEqual(['court', 'tribunal', 'tribunals']);
  });

  it('keeps every set a match needs a string of, most selective first', () => {
    expect(requiredLiteralSets(String.raw`\b(?:Court|Close),?\s+(?:[Nn]umber|[Nn]o)\s*\d+`)).toEqual([
      ['Court', 'Close'],
      ['Number', 'number', 'No', 'no'],
    ]);
    expect(requiredLiteralSets(String.raw`\bsue\b|\bcourt\b`)?.map((set) => set.sort())).toEqual([['court', 'sue']]);
  });

  it('lets a post through only when it holds a string of every required set', () => {
    const scanner = new LiteralScanner();
    const court = prefiltered(/\b(?:Court|Close),?\s+(?:[Nn]umber|[Nn]o)\s*\d+/g, scanner);
    const check = (text: string) => mayMatch(court, scanner.scan(text));
    expect(check('no idea where she lives now')).toBe(false);
    expect(check('went to Court today')).toBe(false);
    expect(check('Maryborough Court, number 14')).toBe(true);
  });

  it('knows nothing is required where a branch or the whole match may be anything', () => {
    expect(requiredLiterals(String.raw`\bsue\b|\w+`)).toBeUndefined();
    expect(requiredLiterals(String.raw`(?:legal)?\s+\d+`)).toBeUndefined();
    expect(requiredLiterals(String.raw`[a-z]{3,}`)).toBeUndefined();
  });

  it('does not count what a look-around checks as part of the match', () => {
    expect(requiredLiterals(String.raw`(?<=lives\s+on\s+)\w+\s+road`)).toEqual(['road']);
  });

  it('gives up on syntax it does not read, and on flags that change what a string matches', () => {
    expect(requiredLiterals(String.raw`(\w)\1`)).toBeUndefined();
    expect(requiredLiterals(String.raw`\p{L}+`)).toBeUndefined();
    expect(requiredLiterals('sue', 'gi')).toBeUndefined();
  });

  it('scans for many strings in one pass, overlapping ones included', () => {
    const scanner = new LiteralScanner();
    const ids = ['su', 'suing', 'ing', 'gone', '🔪'].map((l) => scanner.add(l));
    const present = scanner.scan('they are suing 🔪');
    expect(ids.map((id) => present[id])).toEqual([1, 1, 1, 0, 1]);
  });

  it('never skips a lexicon expression on a corpus post it matches', () => {
    const scanner = new LiteralScanner();
    const expressions = [
      ...Object.values(LEXICONS).flatMap((terms) => terms.map((t) => t.pattern)),
      ...[...SAFEGUARDING_COMPOUNDS, ...THREAT_COMPOUNDS].flatMap((c) => c.groups),
    ].map((pattern) => prefiltered(new RegExp(pattern), scanner));
    expect(expressions.every((e) => e.required !== undefined)).toBe(true);
    const wronglySkipped: string[] = [];
    let skipped = 0;
    for (const post of loadCorpus().posts) {
      const lower = post.text.toLowerCase();
      const present = scanner.scan(lower);
      for (const e of expressions) {
        if (mayMatch(e, present)) continue;
        skipped++;
        if (e.re.test(lower)) wronglySkipped.push(`${post.id}: ${e.re.source.slice(0, 60)}`);
      }
    }
    expect(wronglySkipped).toEqual([]);
    // The prefilter earns its place: most searches are never run.
    expect(skipped).toBeGreaterThan(0.8 * expressions.length * loadCorpus().posts.length);
  });

  it('never skips a personal-data recognizer on a corpus post it matches', () => {
    const recognizers = PERSONAL_DATA_RECOGNIZERS.map((r) => ({
      re: new RegExp(r.pattern.source, r.pattern.flags.replace('g', '')),
      sets: requiredLiteralSets(r.pattern.source, r.pattern.flags),
    })).filter((r) => r.sets !== undefined);
    expect(recognizers.some((r) => r.sets!.length > 1)).toBe(true);
    const wronglySkipped: string[] = [];
    for (const post of loadCorpus().posts) {
      for (const r of recognizers) {
        if (r.sets!.every((set) => set.some((s) => post.text.includes(s)))) continue;
        if (r.re.test(post.text)) wronglySkipped.push(`${post.id}: ${r.re.source.slice(0, 60)}`);
      }
    }
    expect(wronglySkipped).toEqual([]);
  });
});
