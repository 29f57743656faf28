import { ConfigError, loadConfig } from './app-config';

describe('CASE_TARGET_* (issue 19 §6)', () => {
  it('default to urgent 1 hour, high 1 working day, medium 3 and low 5 working days', () => {
    expect(loadConfig({}).caseTargets).toEqual({
      urgent: { amount: 1, unit: 'hours' },
      high: { amount: 1, unit: 'working_days' },
      medium: { amount: 3, unit: 'working_days' },
      low: { amount: 5, unit: 'working_days' },
    });
  });

  it('take clock hours (h) or working days (wd) per severity', () => {
    const { caseTargets } = loadConfig({ CASE_TARGET_URGENT: '2h', CASE_TARGET_LOW: '10wd' });
    expect(caseTargets.urgent).toEqual({ amount: 2, unit: 'hours' });
    expect(caseTargets.low).toEqual({ amount: 10, unit: 'working_days' });
    expect(caseTargets.high).toEqual({ amount: 1, unit: 'working_days' });
  });

  it('stop the start-up naming each bad value', () => {
    let error: unknown;
    try {
      loadConfig({ CASE_TARGET_URGENT: '0h', CASE_TARGET_HIGH: 'one day', CASE_TARGET_MEDIUM: '91wd' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('CASE_TARGET_URGENT must be');
    expect(problems).toContain('CASE_TARGET_HIGH must be');
    expect(problems).toContain('CASE_TARGET_MEDIUM must be');
    expect(problems).not.toContain('CASE_TARGET_LOW');
  });
});
