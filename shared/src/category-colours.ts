import type { CategoryCode } from './categories.js';

/**
 * One colour per category, everywhere a category is drawn (trends charts, the queue's chips).
 * Each is at least 3:1 against white, the WCAG contrast for graphics; "not flagged" is the quiet grey.
 */
export const CATEGORY_COLOURS: Readonly<Record<CategoryCode, string>> = {
  confidential: '#6a3d9a',
  litigation: '#a0522d',
  disrepute: '#c2185b',
  personal_data: '#1f6fb4',
  safeguarding: '#d32f2f',
  threat: '#7a0000',
  academic_misconduct: '#2e7d32',
};

/** The colour of mentions that no category applies to. */
export const UNFLAGGED_COLOUR = '#8a94a3';
