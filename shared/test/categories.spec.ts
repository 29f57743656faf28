import { CATEGORY_CODES, CATEGORY_INFO, HARM_CATEGORIES, isCategoryCode, isRole, POLICY_FLAGS } from '../src/index';

describe('policy categories', () => {
  it('are the four 7.4 harms followed by the two flags', () => {
    expect(HARM_CATEGORIES).toEqual(['confidential', 'litigation', 'disrepute', 'personal_data']);
    expect(POLICY_FLAGS).toEqual(['safeguarding', 'academic_misconduct']);
    expect(CATEGORY_CODES).toHaveLength(6);
  });

  it('each carry a label and a policy reference', () => {
    for (const code of CATEGORY_CODES) {
      expect(CATEGORY_INFO[code].code).toBe(code);
      expect(CATEGORY_INFO[code].policyRef).not.toHaveLength(0);
    }
    expect(CATEGORY_INFO.personal_data.policyRef).toBe('7.4 personal information');
  });

  it('recognise codes and roles, and nothing else', () => {
    expect(isCategoryCode('litigation')).toBe(true);
    expect(isCategoryCode('Litigation')).toBe(false);
    expect(isCategoryCode(undefined)).toBe(false);
    expect(isRole('discipline')).toBe(true);
    expect(isRole('root')).toBe(false);
  });
});
