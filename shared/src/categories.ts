/**
 * The harm categories of paragraph 7.4 of the OU Student Social Media Policy (v2.0),
 * plus the policy's further flags: risk to life, threats to safety (2.1) and academic conduct.
 * Both sides of the wire use these codes.
 */
export const HARM_CATEGORIES = ['confidential', 'litigation', 'disrepute', 'personal_data'] as const;
export const POLICY_FLAGS = ['safeguarding', 'threat', 'academic_misconduct'] as const;
export const CATEGORY_CODES = [...HARM_CATEGORIES, ...POLICY_FLAGS] as const;

export type HarmCategory = (typeof HARM_CATEGORIES)[number];
export type PolicyFlag = (typeof POLICY_FLAGS)[number];
export type CategoryCode = (typeof CATEGORY_CODES)[number];

/**
 * The categories where someone may be in danger: pinned at the top of the queue while new, escalated
 * as urgent, emailed at once to the safeguarding contact, and held to recall 1.0 by the classifier.
 */
export const URGENT_CATEGORIES = ['safeguarding', 'threat'] as const satisfies readonly CategoryCode[];
export type UrgentCategory = (typeof URGENT_CATEGORIES)[number];

export function isUrgentCategory(code: CategoryCode): code is UrgentCategory {
  return (URGENT_CATEGORIES as readonly CategoryCode[]).includes(code);
}

export type CategoryInfo = {
  code: CategoryCode;
  label: string;
  policyRef: string;
  description: string;
};

export const CATEGORY_INFO: Readonly<Record<CategoryCode, CategoryInfo>> = {
  confidential: {
    code: 'confidential',
    label: 'Confidential information',
    policyRef: '7.4 confidential information',
    description:
      'Confidential information about the OU or other organisations, such as research results or financial information not in the public domain.',
  },
  litigation: {
    code: 'litigation',
    label: 'Litigation',
    policyRef: '7.4 litigation',
    description: 'Information about litigation or possible litigation involving the OU.',
  },
  disrepute: {
    code: 'disrepute',
    label: 'Disrepute',
    policyRef: '7.4 disrepute',
    description:
      'Anything that may bring the OU into disrepute: abuse, defamation, hate speech, harassment, trolling (2.1). Criticism is allowed (2.4).',
  },
  personal_data: {
    code: 'personal_data',
    label: 'Personal information',
    policyRef: '7.4 personal information',
    description: 'Personal information shared without the explicit consent of the person concerned.',
  },
  safeguarding: {
    code: 'safeguarding',
    label: 'Safeguarding',
    policyRef: 'In an emergency (safeguarding)',
    description:
      'Risk to life, risk of suicide, or a child or vulnerable adult at risk: must reach a person within minutes.',
  },
  threat: {
    code: 'threat',
    label: 'Threat',
    policyRef: '2.1 threats to safety',
    description:
      'Threats of violence to staff, students or places connected with the OU: must reach a person within minutes; call the police on 999 when a threat is specific and imminent.',
  },
  academic_misconduct: {
    code: 'academic_misconduct',
    label: 'Academic misconduct',
    policyRef: '3.4–3.6, 6.3 academic conduct',
    description: 'Sharing assessment answers, module materials or tutorial recordings; collusion.',
  },
};

export function isCategoryCode(value: unknown): value is CategoryCode {
  return typeof value === 'string' && (CATEGORY_CODES as readonly string[]).includes(value);
}
