import { CATEGORY_INFO } from '@ou-listening/shared';
import { loadCorpus } from './corpus';
import { classifyWith, getModel, trainModel } from './model';

const categoriesOf = (text: string) => classifyWith(getModel(), text).categories.map((c) => c.category);

describe('trained classifier', () => {
  it('trains deterministically: same version and same outputs twice', () => {
    const corpus = loadCorpus();
    const a = trainModel(corpus);
    const b = trainModel(corpus);
    expect(a.version).toBe(b.version);
    expect(a.params).toEqual(b.params);
    const text = 'Suing the OU, and here is the tutor mobile 07700 900123';
    expect(classifyWith(a, text)).toEqual(classifyWith(b, text));
  });

  it.each([
    [
      'confidential',
      'Got a copy of the OU exec board minutes, not public yet, they plan to close three regional offices',
    ],
    ['confidential', 'Unpublished Open University survey results are going round on Discord before the release'],
    ['litigation', 'We are launching a class action against the Open University over the fee rise'],
    ['litigation', 'My solicitor has sent the OU a letter before action about my refund'],
    ['disrepute', 'The OU is run by corrupt liars and thieves, absolute scum'],
    ['disrepute', 'OU tutors are brain-dead idiots, everyone go and spam her inbox until she quits'],
    ['personal_data', 'OU tutor Paul lives at 12 Station Road, MK12 5AB, his number is 07700 900456'],
    ['personal_data', "My classmate's OU PI is C1234567 and her NI number is AB 12 34 56 C"],
    ['safeguarding', 'After failing my OU module I want to kill myself tonight'],
    ['safeguarding', "I don't want to wake up tomorrow. The OU exam was the last straw"],
    ['academic_misconduct', 'Selling marked OU TM112 TMA answers, £20 each, PayPal'],
    ['academic_misconduct', 'Uploaded all the OU M250 module PDFs to Google Drive for anyone who wants them free'],
  ])('flags %s: %s', (category, text) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    'The OU took a week to answer my email',
    'Studying tribunals in my OU law module this week',
    'Played on the basketball court after my OU tutorial',
    'Booked a confidential counselling session through the OU student support team',
    'Ring the OU on 0300 303 5303 about funding',
    'Posting my documents to the OU, Walton Hall, Milton Keynes MK7 6AA',
    'Just registered for TM112 and A111 with the Open University',
    'My OU exam is on 03/06/2026 and revision starts now',
    'This TMA is killing me 😂',
  ])('leaves a harmless post alone: %s', (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });

  it('reports evidence spans that quote the original text, with score, policy reference and model version', () => {
    const text = 'Ｍｙ OU tutor’s mobile is 07700 900123, ring him';
    const result = classifyWith(getModel(), text);
    expect(result.modelVersion).toBe(getModel().version);
    const pd = result.categories.find((c) => c.category === 'personal_data')!;
    expect(pd.policyRef).toBe(CATEGORY_INFO.personal_data.policyRef);
    expect(pd.score).toBeGreaterThan(0.5);
    expect(pd.score).toBeLessThanOrEqual(1);
    const span = pd.evidence.find((e) => e.reason === 'uk_phone')!;
    expect(text.slice(span.start, span.end)).toBe('07700 900123');
    expect(span.text).toBe('07700 900123');
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
  });

  it('flags a long post whose harm is in the middle', () => {
    const text = `${'Lovely day studying with the OU. '.repeat(150)}I am going to kill myself tonight. ${'More revision. '.repeat(150)}`;
    expect(categoriesOf(text)).toContain('safeguarding');
  });
});
