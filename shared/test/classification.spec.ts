import { type ClassificationResult, type CategoryResult, storedVerdict } from '../src/classification';

const result = (category: CategoryResult['category'], score: number): CategoryResult => ({
  category,
  score,
  policyRef: '',
  evidence: [],
});
const verdictOf = (categories: CategoryResult[], secondLook: CategoryResult[] = []) =>
  storedVerdict({ modelVersion: 'lr-test', categories, secondLook } satisfies ClassificationResult);

describe('the verdict a post is stored with', () => {
  it('puts the strongest flagged category on top and takes its score as the risk', () => {
    const v = verdictOf([result('disrepute', 0.55), result('threat', 0.91)], [result('safeguarding', 0.2)]);
    expect(v).toMatchObject({ topCategory: 'threat', riskScore: 0.91, secondLook: ['safeguarding'] });
    expect(v.categories.map((c) => c.category)).toEqual(['threat', 'disrepute']);
  });

  it('gives a post sent only to a second look its strongest second-look score as risk, so it sorts above posts with nothing in them', () => {
    const unsure = verdictOf([], [result('threat', 0.08), result('safeguarding', 0.17)]);
    expect(unsure).toMatchObject({ topCategory: null, riskScore: 0.17, categories: [] });
    expect(unsure.secondLook).toEqual(['threat', 'safeguarding']);
    expect(unsure.riskScore).toBeGreaterThan(verdictOf([]).riskScore);
  });

  it('gives no risk for a second look at another category: the model is unsure there, it found no harm', () => {
    const near = verdictOf([], [result('litigation', 0.31), result('safeguarding', 0.05)]);
    expect(near).toMatchObject({ topCategory: null, riskScore: 0.05, secondLook: ['litigation', 'safeguarding'] });
    expect(verdictOf([], [result('personal_data', 0.4)])).toMatchObject({
      riskScore: 0,
      secondLook: ['personal_data'],
    });
  });

  it('stores 0 risk for a post the model found nothing in, and holds scores to 0–1', () => {
    expect(verdictOf([])).toMatchObject({ topCategory: null, riskScore: 0, secondLook: [] });
    expect(verdictOf([result('litigation', 1.2)]).riskScore).toBe(1);
  });
});
