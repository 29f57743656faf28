import {
  CATEGORY_CODES,
  CATEGORY_INFO,
  HARM_CATEGORIES,
  isCategoryCode,
  isMentionStatus,
  isRole,
  isUrgentCategory,
  POLICY_FLAGS,
  URGENT_CATEGORIES,
} from '../src/index';

describe('policy categories', () => {
  it('are the four 7.4 harms followed by the three flags', () => {
    expect(HARM_CATEGORIES).toEqual(['confidential', 'litigation', 'disrepute', 'personal_data']);
    expect(POLICY_FLAGS).toEqual(['safeguarding', 'threat', 'academic_misconduct']);
    expect(CATEGORY_CODES).toHaveLength(7);
  });

  it('treat safeguarding and threats, and only those, as urgent', () => {
    expect(CATEGORY_CODES.filter(isUrgentCategory)).toEqual(['safeguarding', 'threat']);
    expect(URGENT_CATEGORIES).toEqual(['safeguarding', 'threat']);
    expect(CATEGORY_INFO.threat.policyRef).toBe('2.1 threats to safety');
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
    expect(isMentionStatus('hidden')).toBe(true);
    expect(isMentionStatus('all')).toBe(false);
    expect(isMentionStatus(null)).toBe(false);
  });
});
