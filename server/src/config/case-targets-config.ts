import { type CaseTarget, SEVERITIES, type Severity } from '@ou-listening/shared';
import type { Env } from './env-values.js';

/**
 * How soon a case of each severity must be acknowledged (issue 19 §6): CASE_TARGET_URGENT,
 * CASE_TARGET_HIGH, CASE_TARGET_MEDIUM, CASE_TARGET_LOW. Read by loadConfig with every other
 * variable, so one start-up reports every mistake.
 *
 * A value is `<n>h` (clock hours, day and night) or `<n>wd` (working days: Monday to Friday,
 * 09:00–17:00 UK time, 8 working hours to a day; bank holidays are not skipped).
 */
export type CaseTargetsConfig = Record<Severity, CaseTarget>;

export const DEFAULT_CASE_TARGETS: CaseTargetsConfig = {
  urgent: { amount: 1, unit: 'hours' },
  high: { amount: 1, unit: 'working_days' },
  medium: { amount: 3, unit: 'working_days' },
  low: { amount: 5, unit: 'working_days' },
};

export function caseTargetsConfig(env: Env, problems: string[]): CaseTargetsConfig {
  const targets = { ...DEFAULT_CASE_TARGETS };
  for (const severity of SEVERITIES) {
    const name = `CASE_TARGET_${severity.toUpperCase()}`;
    const raw = env[name]?.trim();
    if (!raw) continue;
    const match = /^(\d{1,4})\s*(h|wd)$/i.exec(raw);
    const amount = match ? Number(match[1]) : 0;
    const limit = match?.[2]?.toLowerCase() === 'h' ? 24 * 90 : 90;
    if (!match || amount < 1 || amount > limit) {
      problems.push(
        `${name} must be a number of clock hours (e.g. 4h, up to ${24 * 90}h) or working days (e.g. 2wd, up to 90wd) (got "${raw}")`,
      );
      continue;
    }
    targets[severity] = { amount, unit: match[2]!.toLowerCase() === 'h' ? 'hours' : 'working_days' };
  }
  return targets;
}
