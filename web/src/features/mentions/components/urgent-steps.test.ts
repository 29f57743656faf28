import { describe, expect, it } from 'vitest';
import { urgentSteps } from './format';

describe('the urgent steps beside a safeguarding or threat mention', () => {
  it('promise an e-mail to the Safeguarding Referrals Team only where this server sends one', () => {
    expect(urgentSteps('safeguarding', true)).toBe(
      'If someone’s life is at risk now, call 999. Then escalate as urgent: the Safeguarding Referrals Team is e-mailed at once.',
    );
    expect(urgentSteps('threat', false)).toMatch(/^If the threat is specific and imminent .* police on 999 now\. /);
    expect(urgentSteps('threat', false)).toContain(
      'phone the Safeguarding Referrals Team yourself: this server sends no e-mail',
    );
    // Not known yet (loading, or the question failed): nothing is promised.
    expect(urgentSteps('safeguarding', undefined)).toBe(
      'If someone’s life is at risk now, call 999. Then escalate as urgent, and make sure the Safeguarding Referrals Team knows.',
    );
  });
});
