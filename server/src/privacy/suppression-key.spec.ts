import { createHmac } from 'node:crypto';
import { ConfigError, loadConfig } from '../config/app-config';
import { authorHash } from './author-hash';
import { loadSuppressionKey } from './suppression-key';

const AUDIT_KEY_1 = Buffer.from('a'.repeat(48));
const AUDIT_KEY_2 = Buffer.from('b'.repeat(48));
const SUPPRESSION = 's'.repeat(48);

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
};
const hashWith = (env: Record<string, string>, auditKey: Buffer) =>
  authorHash(loadSuppressionKey(loadConfig(env), auditKey), 'x', '7733991155');

describe('the suppression key', () => {
  it('with SUPPRESSION_KEY set, rotating the audit key leaves every erased author suppressed', () => {
    const env = { SUPPRESSION_KEY: SUPPRESSION };
    expect(hashWith(env, AUDIT_KEY_2)).toBe(hashWith(env, AUDIT_KEY_1));
  });

  it('unset, is derived from the audit key exactly as before the variable existed, so old entries still match', () => {
    const derived = createHmac('sha256', AUDIT_KEY_1).update('ou-listening/suppression/v1').digest();
    const before = createHmac('sha256', derived).update('x\u00007733991155').digest('hex');
    expect(hashWith({}, AUDIT_KEY_1)).toBe(before);
    expect(hashWith({}, AUDIT_KEY_2)).not.toBe(before);
  });

  it('is checked at start-up: 32 characters at least, and required in production with DATABASE_URL', () => {
    expect(problemsOf({ SUPPRESSION_KEY: 'short' })).toEqual([
      'SUPPRESSION_KEY must be at least 32 characters (for example: openssl rand -base64 48)',
    ]);
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://app@db/ou',
      AUDIT_KEY: 'k'.repeat(48),
    };
    expect(problemsOf(production)).toContainEqual(expect.stringMatching(/^SUPPRESSION_KEY is required in production/));
    expect(problemsOf({ ...production, SUPPRESSION_KEY: SUPPRESSION })).not.toContainEqual(
      expect.stringMatching(/SUPPRESSION_KEY/),
    );
    expect(problemsOf({})).toEqual([]);
  });
});
