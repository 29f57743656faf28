import { CATEGORY_CODES, type CategoryCode } from '@ou-listening/shared';
import { calibrated, chooseParams, combine, type CombinerParams, type Signals } from './combiner';

function signals(overrides: Partial<Record<CategoryCode, [number, number]>>): Signals {
  const s = {} as Signals;
  for (const c of CATEGORY_CODES) {
    const [rule, model] = overrides[c] ?? [0, 0];
    s[c] = { rule, model, evidence: [] };
  }
  return s;
}

const params = Object.fromEntries(
  CATEGORY_CODES.map((c) => [c, { ruleWeight: 0.6, threshold: 0.5 }]),
) as CombinerParams;

describe('combiner', () => {
  it('returns only categories over their threshold, highest score first, with policy references', () => {
    const results = combine(
      signals({ litigation: [0.9, 0.9], disrepute: [0.6, 0.6], confidential: [0.2, 0.3] }),
      params,
    );
    expect(results.map((r) => r.category)).toEqual(['litigation', 'disrepute']);
    expect(results[0]!.policyRef).toBe('7.4 litigation');
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
  });

  it('puts every threshold at a score of 0.5 so categories compare', () => {
    expect(calibrated(0.3, 0.3)).toBe(0.5);
    expect(calibrated(1, 0.3)).toBe(1);
    expect(calibrated(0, 0.3)).toBe(0);
  });

  it('chooses a threshold that separates the validation examples, from the middle of the safe range', () => {
    const examples = [
      ...Array.from({ length: 10 }, () => ({
        signals: signals({ litigation: [0.9, 0.8] }),
        labels: ['litigation'] as CategoryCode[],
      })),
      ...Array.from({ length: 10 }, () => ({
        signals: signals({ litigation: [0.1, 0.2] }),
        labels: [] as CategoryCode[],
      })),
    ];
    const { params: chosen, validationF } = chooseParams(examples);
    expect(validationF.litigation).toBe(1);
    const t = chosen.litigation.threshold;
    expect(t).toBeGreaterThan(0.3);
    expect(t).toBeLessThan(0.8);
  });
});
