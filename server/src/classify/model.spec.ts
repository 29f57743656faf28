import { CATEGORY_CODES, CATEGORY_INFO, type CategoryCode } from '@ou-listening/shared';
import { type Corpus, loadCorpus } from './corpus';
import { classifyWith, DEFAULT_MODEL_OPTIONS, getModel, trainModel } from './model';
import { NEAR_THRESHOLD_SHARE, SECOND_LOOK_BUDGET } from './combiner';

const categoriesOf = (text: string) => classifyWith(getModel(), text).categories.map((c) => c.category);

/** Posts written for these tests; none comes from the corpus, the dev set or the sealed set. */
describe('trained classifier', () => {
  it('trains deterministically: same version and same outputs twice', () => {
    // A slice of the corpus keeps this quick; determinism does not depend on size.
    const full = loadCorpus();
    const corpus: Corpus = { posts: full.posts.filter((_, i) => i % 8 === 0), hash: `${full.hash}-slice` };
    const options = { ...DEFAULT_MODEL_OPTIONS, refit: false };
    const a = trainModel(corpus, options);
    const b = trainModel(corpus, options);
    expect(a.version).toBe(b.version);
    expect(a.version).toMatch(/^lr-\d+-[0-9a-f]{12}$/);
    expect(a.params).toEqual(b.params);
    const text = 'Suing the OU, and here is the tutor mobile 07700 900123';
    expect(classifyWith(a, text)).toEqual(classifyWith(b, text));
  });

  it.each([
    [
      'confidential',
      'Got a copy of the OU exec board minutes, not public yet, they plan to close three regional offices',
    ],
    ['litigation', 'We are launching a class action against the Open University over the fee rise'],
    ['litigation', 'My solicitor has sent the OU a letter before action about my refund'],
    ['disrepute', 'The OU is run by corrupt liars and thieves, absolute scum'],
    ['personal_data', 'OU tutor Paul lives at 12 Station Road, MK12 5AB, his number is 07700 900456'],
    ['personal_data', "My classmate's OU PI is C1234567 and her NI number is AB 12 34 56 C"],
    ['safeguarding', 'After failing my OU module I want to kill myself tonight'],
    ['safeguarding', "I don't want to wake up tomorrow. The OU exam was the last straw"],
    ['threat', "I'm bringing a knife to the OU exam centre tomorrow and the invigilator will regret it"],
    ['threat', 'Going to wait outside the tutorial centre for my OU tutor tonight and make her bleed'],
    ['academic_misconduct', 'Selling marked OU TM112 TMA answers, £20 each, PayPal'],
    ['academic_misconduct', 'Uploaded all the OU M250 module PDFs to Google Drive for anyone who wants them free'],
  ])('flags %s: %s', (category, text) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    'The OU took a week to answer my email',
    'Studying tribunals in my OU law module this week',
    'Ring the OU on 0300 303 5303 about funding',
    'Posting my documents to the OU, Walton Hall, Milton Keynes MK7 6AA',
    'Just registered for TM112 and A111 with the Open University',
    'This TMA is killing me 😂',
    "I'd murder a bacon sandwich after this OU exam",
  ])('leaves a harmless post alone: %s', (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });

  it('reports calibrated scores, evidence quoting the original text, policy reference and model version', () => {
    const text = 'Ｍｙ OU tutor’s mobile is 07700 900123, ring him';
    const result = classifyWith(getModel(), text);
    expect(result.modelVersion).toBe(getModel().version);
    const pd = result.categories.find((c) => c.category === 'personal_data')!;
    expect(pd.policyRef).toBe(CATEGORY_INFO.personal_data.policyRef);
    expect(pd.score).toBeGreaterThanOrEqual(getModel().params.personal_data.threshold);
    expect(pd.score).toBeLessThanOrEqual(1);
    const span = pd.evidence.find((e) => e.reason === 'uk_phone')!;
    expect(text.slice(span.start, span.end)).toBe('07700 900123');
    expect(span.text).toBe('07700 900123');
  });

  it("quotes as the model's evidence only words of the post that push the category up", () => {
    const model = getModel();
    const text = 'Honestly thinking of ending things after the OU resit, nobody would even notice';
    const result = classifyWith(model, text);
    const safeguarding = result.categories.find((c) => c.category === 'safeguarding')!;
    expect(safeguarding.evidence.length).toBeGreaterThan(0);
    for (const e of safeguarding.evidence) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.text).not.toMatch(/^(?:not|the|ou|i|my)$/i);
    }
    // Words that say nothing alone, seen highlighted by staff ("tell her", "you think"), never are.
    const personal = classifyWith(model, "Here is my OU tutor's home number, 07911 123456, tell her what you think");
    for (const c of personal.categories)
      for (const e of c.evidence.filter((x) => x.reason === 'model'))
        expect(e.text.toLowerCase()).not.toMatch(/^(?:tell her|you think|think|what you|her what)$/);
  });

  it('never highlights a stop word, a courtesy, a title or a Welsh function word on its own', () => {
    const model = getModel();
    const quiet = /^(?:his|she|but|after|one|dr|mrs|sorry|thank|cheers|im|ive|wont|os|yw|mae|dw|university|open)$/i;
    for (const text of [
      "swear down i'll be waiting outside the Walton Hall car park for Dr Jones friday with something sharp, he wont see it coming",
      "Sorry but Mrs Patel's home address is 14 Larkspur Close, Milton Keynes, his daughter's too",
      'Dw i ddim yn gallu ymdopi, mae popeth yn ormod. Os yw hi ar ben, sorry pawb',
    ])
      for (const c of [...classifyWith(model, text).categories, ...classifyWith(model, text).secondLook])
        for (const e of c.evidence.filter((x) => x.reason === 'model')) expect(e.text).not.toMatch(quiet);
  });

  it('quotes a weak hint rather than nothing, and each place in the post once', () => {
    const model = getModel();
    const knives = classifyWith(model, '🔪🔪🔪 @OpenUniversity 🔪🔪🔪');
    const threat = [...knives.categories, ...knives.secondLook].find((c) => c.category === 'threat')!;
    expect(threat.evidence.map((e) => e.text)).toContain('🔪');
    const nda = classifyWith(
      model,
      "The NDA they made us sign says we can't talk about the restructure, which is not announced yet",
    );
    expect(nda.categories.map((c) => c.category)).toContain('confidential');
    for (const c of nda.categories) {
      const places = c.evidence.map((e) => `${e.start}:${e.end}`);
      expect(new Set(places).size).toBe(places.length);
      const rules = c.evidence.filter((e) => e.reason !== 'model');
      for (const m of c.evidence.filter((e) => e.reason === 'model'))
        expect(rules.some((r) => r.start <= m.start && m.end <= r.end)).toBe(false);
    }
  });

  it('finds one harmful sentence inside a long cheerful post, punctuated or not', () => {
    const model = getModel();
    const cheer =
      'Right, long post about my first year with the Open University. I started in October with A111 and the first weeks were a blur of logins, study planners and forum threads. My tutor was lovely and the day schools in Manchester were brilliant. ';
    const harm = "Anyway, I've decided this is the last thing I'll write, the pills are lined up next to my laptop. ";
    const flagged = (text: string) => classifyWith(model, text).categories.map((c) => c.category);
    expect(flagged(cheer.repeat(2) + harm + 'Thanks for reading x')).toContain('safeguarding');
    // The way many people post: no full stops at all, so the sentence around the words is the post.
    const ramble = (cheer.repeat(4) + harm + cheer.repeat(4)).replace(/[.!?]/g, '');
    expect(flagged(ramble)).toContain('safeguarding');
    // And the longest post read, the same words 700 times with no full stop, is still read once per window.
    expect(flagged('I want to kill myself tonight '.repeat(700))).toContain('safeguarding');
  });

  it('flags any category one sentence of a long post shows on its own, and quotes that sentence', () => {
    const model = getModel();
    const chat =
      'Quick update for the DD210 group since a few of you asked how I am getting on. The second block was heavy going but the tutorial on Thursday really helped, and the forum has been lovely this month. I finally sorted my study planner and the library search makes sense now. ';
    // Before lr-18 each of these, diluted by the chat around it, was flagged for nothing.
    const buried: Array<[CategoryCode, string]> = [
      [
        'litigation',
        'We have instructed solicitors and the university will be hearing from them about how my adjustments were handled. ',
      ],
      [
        'confidential',
        'A friend on the finance committee says the Cardiff centre closure was agreed in private and will not be announced until after the fees go up. ',
      ],
      [
        'academic_misconduct',
        'Tutor has no idea I recorded the whole tutorial, it is on my drive if anyone wants it. ',
      ],
    ];
    for (const [category, sentence] of buried) {
      const text = chat.repeat(2) + sentence + chat.repeat(2);
      const found = classifyWith(model, text).categories.find((c) => c.category === category);
      expect(found).toBeDefined();
      expect(found!.score).toBeGreaterThanOrEqual(model.params[category].sentence!);
      // The evidence is in the sentence that showed it, not the chat around it.
      const from = text.indexOf(sentence);
      expect(found!.evidence.length).toBeGreaterThan(0);
      for (const e of found!.evidence) {
        expect(e.start).toBeGreaterThanOrEqual(from);
        expect(e.end).toBeLessThanOrEqual(from + sentence.length);
        expect(text.slice(e.start, e.end)).toBe(e.text);
      }
    }
    // The chat alone, however long, is flagged for nothing.
    expect(classifyWith(model, chat.repeat(4)).categories).toEqual([]);
  });

  it('quotes at most 20 spans a category, and sends a post without words to no second look', () => {
    const model = getModel();
    const flames = classifyWith(model, '🔪'.repeat(4999));
    for (const c of [...flames.categories, ...flames.secondLook]) expect(c.evidence.length).toBeLessThanOrEqual(20);
    for (const text of ['', '   ', '\u200b\u200b', '😭😭😭']) expect(classifyWith(model, text).secondLook).toEqual([]);
  });

  it('reaches most held-out safeguarding and threat posts by flag or second look, with few harmless flags', () => {
    const model = getModel();
    for (const c of ['safeguarding', 'threat'] as const) {
      const reach = model.urgentReach[c];
      // Writers the model never saw: the flag and the second look together find nine in ten or more.
      expect(reach.flaggedOrSecondLook).toBeGreaterThanOrEqual(0.85);
      expect(reach.flaggedOrSecondLook).toBeGreaterThanOrEqual(reach.flagged);
      // The red banner stays rare on harmless posts; the second look takes more, untagged as urgent.
      expect(reach.harmlessFlagged).toBeLessThanOrEqual(0.03);
      expect(reach.harmlessSecondLook).toBeLessThanOrEqual(SECOND_LOOK_BUDGET);
      expect(model.params[c].secondLook).toBeLessThan(model.params[c].threshold);
    }
    // The other categories look twice only near their threshold (issue 14 §6).
    const others = CATEGORY_CODES.filter((c) => c !== 'safeguarding' && c !== 'threat');
    for (const c of others) {
      const { secondLook, threshold } = model.params[c];
      if (secondLook === null) continue;
      expect(secondLook).toBeLessThan(threshold);
      expect(secondLook).toBeGreaterThanOrEqual(threshold * NEAR_THRESHOLD_SHARE - 0.001);
    }
    expect(others.filter((c) => model.params[c].secondLook !== null).length).toBeGreaterThan(0);
    expect(model.calibration.ece).toBeLessThan(0.05);
  });

  it('puts a possible risk under the threshold in second look, and never among the flags', () => {
    const model = getModel();
    // A plan in paraphrase the model is unsure of: not red-flagged, never dropped.
    const result = classifyWith(
      model,
      'Picked up a few things from B&Q today. The library was the last place I felt happy, so it fits.',
    );
    expect(result.secondLook.some((s) => s.category === 'safeguarding')).toBe(true);
    for (const s of result.secondLook) {
      expect(s.score).toBeLessThan(model.params[s.category].threshold);
      expect(s.score).toBeGreaterThanOrEqual(model.params[s.category].secondLook!);
      expect(result.categories.some((c) => c.category === s.category)).toBe(false);
    }
  });

  it.each([
    ['empty', ''],
    ['10,000 characters', 'OU '.repeat(3334)],
    ['emoji only', '😀🔥🎓'],
    ['another language', 'La Open University est géniale, je recommande à tous'],
    ['control characters', 'a\u0000\u0007\u001b[31mOU\u0008'],
    ['a lone surrogate', 'OU \uD83D'],
  ])('never throws on %s text', (_label, text) => {
    const result = classifyWith(getModel(), text);
    expect(Array.isArray(result.categories)).toBe(true);
    expect(Array.isArray(result.secondLook)).toBe(true);
  });

  it('flags a long post whose harm is in the middle', () => {
    const text = `${'Lovely day studying with the OU. '.repeat(150)}I am going to kill myself tonight. ${'More revision. '.repeat(150)}`;
    expect(categoriesOf(text)).toContain('safeguarding');
  });
});
