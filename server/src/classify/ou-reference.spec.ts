import { normalize } from './normalize';
import { distanceToOu, findOuReferences, proximityFactor } from './ou-reference';

const refs = (text: string) => {
  const n = normalize(text);
  return findOuReferences(n).map((s) => n.text.slice(s.start, s.end));
};

describe('OU references', () => {
  it('finds the names, handles, hashtags and module codes people use', () => {
    expect(refs('The Open University and the OU, @OpenUniversity #OpenUniversity TM112 TMA02')).toEqual([
      'Open University',
      'OU',
      '@OpenUniversity',
      '#OpenUniversity',
      'TM112',
      'TMA02',
    ]);
    expect(refs('studying with the open university')).toEqual(['open university']);
  });

  it('does not read lower-case "ou" (French "or") or "you" as the OU', () => {
    expect(refs('thé ou café? you decide')).toEqual([]);
  });

  it('weights a term next to the OU above one far away, and above a post that never names it', () => {
    const n = normalize(`Suing the OU. ${'x'.repeat(200)} suing`);
    const r = findOuReferences(n);
    const near = distanceToOu(r, { start: 0, end: 6 });
    const far = distanceToOu(r, { start: n.text.length - 6, end: n.text.length });
    expect(proximityFactor(near)).toBe(1);
    expect(proximityFactor(far)).toBeLessThan(1);
    expect(proximityFactor(distanceToOu([], { start: 0, end: 1 }))).toBeLessThan(proximityFactor(far));
  });
});
