import { auditActionLabel } from '../src/audit-actions';
import { personName } from '../src/mentions';
import { secondLookBand } from '../src/queue-bands';

describe('an audit action in words', () => {
  it('names a known action and falls back to its code', () => {
    expect(auditActionLabel('platform.reply')).toBe('Reply sent to the platform');
    expect(auditActionLabel('something.new')).toBe('something.new');
  });

  it('never says a demo mention reached a platform, wherever the row is shown', () => {
    expect(auditActionLabel('platform.reply', { platform: 'facebook', demo: true })).toBe(
      'Reply recorded as if sent (demo: no platform was contacted)',
    );
    expect(auditActionLabel('platform.block', { demo: true })).toBe(
      'Author blocked as if on the platform (demo: no platform was contacted)',
    );
    expect(auditActionLabel('platform.reply', { platform: 'facebook', demo: false })).toBe(
      'Reply sent to the platform',
    );
    // Only platform actions have a demo wording; the rest read as they always do.
    expect(auditActionLabel('mention.hide', { demo: true })).toBe(auditActionLabel('mention.hide'));
  });
});

describe('the Second look view’s bands', () => {
  it('puts pinned mentions first, a possible safeguarding risk or threat next, the rest last', () => {
    expect(secondLookBand({ pinned: true, secondLook: [] })).toBe(2);
    expect(secondLookBand({ pinned: false, secondLook: ['disrepute', 'threat'] })).toBe(1);
    expect(secondLookBand({ pinned: false, secondLook: ['safeguarding'] })).toBe(1);
    expect(secondLookBand({ pinned: false, secondLook: ['personal_data'] })).toBe(0);
    expect(secondLookBand({ pinned: false, secondLook: [] })).toBe(0);
  });
});

describe('a person’s name in a list', () => {
  it('says when their account is disabled, and who is missing', () => {
    expect(personName({ id: '1', displayName: 'Devon Officer' })).toBe('Devon Officer');
    expect(personName({ id: '1', displayName: 'Devon Officer', disabled: true })).toBe(
      'Devon Officer (account disabled)',
    );
    expect(personName(null)).toBe('Unassigned');
  });
});
