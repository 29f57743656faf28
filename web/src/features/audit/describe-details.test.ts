import { describe, expect, it } from 'vitest';
import { describeDetails } from './describe-details';

describe('audit details in words', () => {
  it('shows a change as before → after', () => {
    expect(describeDetails({ before: { role: 'comms' }, after: { role: 'manager' } })).toEqual([
      'role: comms → manager',
    ]);
  });

  it('shows plain fields and nested ones with readable keys', () => {
    expect(
      describeDetails({ reason: 'spam', onPlatform: true, from: { status: 'open', assigneeId: null }, categories: [] }),
    ).toEqual(['reason: spam', 'on platform: yes', 'from status: open', 'from assignee id: none', 'categories: none']);
  });
});
