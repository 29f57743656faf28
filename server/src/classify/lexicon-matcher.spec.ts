import { matchLexicons } from './lexicon-matcher';
import { normalize } from './normalize';

const score = (text: string, category: Parameters<typeof pick>[1]) => pick(text, category).score;
function pick(
  text: string,
  category: 'litigation' | 'confidential' | 'disrepute' | 'safeguarding' | 'academic_misconduct',
) {
  return matchLexicons(normalize(text))[category];
}

describe('lexicon matcher', () => {
  it('scores a clear litigation threat high, with evidence pointing at the words', () => {
    const r = pick('I am suing the OU over my fees', 'litigation');
    expect(r.score).toBeGreaterThan(0.8);
    expect(r.evidence[0]).toMatchObject({ text: 'suing', reason: 'litigation_term' });
  });

  it('lowers negated terms', () => {
    expect(score('I am not suing the OU, just want an answer', 'litigation')).toBeLessThan(0.3);
    expect(score('No plans to take legal action against the OU', 'litigation')).toBeLessThan(0.3);
    expect(score('Please no sharing TMA answers in the forum', 'academic_misconduct')).toBeLessThan(0.3);
  });

  it('does not let a negation cross into the next clause', () => {
    expect(score("I wasn't happy. Now I'm suing the OU", 'litigation')).toBeGreaterThan(0.8);
  });

  it('lowers ambiguous terms in a study or everyday frame', () => {
    expect(score('My OU law module on tribunals is great', 'litigation')).toBeLessThan(0.2);
    expect(score('Basketball court at the OU is open', 'litigation')).toBeLessThan(0.2);
    expect(score('The OU counselling service is confidential', 'confidential')).toBeLessThan(0.3);
    expect(score('Employment tribunal claim against the OU lodged today', 'litigation')).toBeGreaterThan(0.8);
  });

  it('counts a term near the OU more than the same term far from any mention', () => {
    const near = score('The OU leaked minutes show cuts', 'confidential');
    const far = score(`The OU is great. ${'Lovely day today. '.repeat(12)}Leaked minutes show cuts`, 'confidential');
    expect(near).toBeGreaterThan(far);
  });

  it('lowers words inside a reported quote', () => {
    const asserted = score('The OU staff are crooks', 'disrepute');
    const reported = score('Someone called the OU staff "crooks" and that is unfair', 'disrepute');
    expect(reported).toBeLessThan(asserted);
  });

  it('keeps safeguarding language high even with a negation in front', () => {
    expect(score("I'm not ok. I want to end it all after the OU exam", 'safeguarding')).toBeGreaterThan(0.8);
    expect(score("Not sure I can go on, I don't want to be here anymore", 'safeguarding')).toBeGreaterThan(0.4);
  });

  it('hears means set out ready and a note left for family as risk to life', () => {
    expect(
      score('Got the tablets laid out in front of me, the OU can keep its degree', 'safeguarding'),
    ).toBeGreaterThan(0.8);
    expect(score('The note is on the kitchen table. Bye all', 'safeguarding')).toBeGreaterThanOrEqual(0.4);
    expect(score('My cover letter is on my desk for the OU careers fair', 'safeguarding')).toBe(0);
    expect(score('Lined up all my revision notes for the OU exam', 'safeguarding')).toBe(0);
  });

  it('ignores figures of speech and allowed criticism', () => {
    expect(score('This TMA is killing me', 'safeguarding')).toBe(0);
    expect(score('The OU took a week to answer my email', 'disrepute')).toBe(0);
  });
});
