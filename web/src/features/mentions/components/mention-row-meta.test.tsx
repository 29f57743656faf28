import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mentionItem } from './__fixtures__/mention-item';
import { MentionChips, MentionMeta } from './mention-row-meta';

afterEach(cleanup);

const DAY = 86_400_000;

describe("a queue row's second line and chips", () => {
  it('dates a public report by what it is about and by when it reached us', () => {
    const report = mentionItem('7', {
      platform: 'report',
      postedAt: new Date(Date.now() - 150 * DAY).toISOString(),
      ingestedAt: new Date(Date.now() - 2 * 60_000).toISOString(),
    });
    render(<MentionMeta mention={report} author="Report R-1" />);
    expect(screen.getByText(/^happened /)).toBeTruthy();
    expect(screen.getByText('received 2 min ago')).toBeTruthy();
  });

  it('says a comment on our own account has not been answered, until it is', () => {
    const waiting = mentionItem('8', { onOwnAccount: true });
    const { rerender } = render(<MentionMeta mention={waiting} author="Asking" />);
    expect(screen.getByText('Not answered yet')).toBeTruthy();
    rerender(
      <MentionMeta
        mention={{ ...waiting, status: 'reviewed', latestMark: { mark: 'responded', at: waiting.postedAt, by: null } }}
        author="Asking"
      />,
    );
    expect(screen.queryByText('Not answered yet')).toBeNull();
    rerender(<MentionMeta mention={mentionItem('9')} author="Elsewhere" />);
    expect(screen.queryByText('Not answered yet')).toBeNull();
  });

  it('puts a second-look doubt beside a red flag as one more thing to weigh, not as doubt about the flag', () => {
    const flag = { category: 'safeguarding' as const, score: 0.9, policyRef: 'In an emergency', evidence: [] };
    render(<MentionChips mention={mentionItem('5', { categories: [flag], secondLook: ['threat'] })} />);
    expect(screen.getByText('Possibly threat as well — the model is unsure of that')).toBeTruthy();
    cleanup();
    render(<MentionChips mention={mentionItem('6', { categories: [], secondLook: ['threat'] })} />);
    expect(screen.getByText('Second look: possible threat — the model is unsure')).toBeTruthy();
    cleanup();
    // Near another category's threshold too (issue 14 §6); a possible risk is named first.
    render(<MentionChips mention={mentionItem('7', { categories: [], secondLook: ['litigation', 'safeguarding'] })} />);
    expect(screen.getByText('Second look: possible safeguarding or litigation — the model is unsure')).toBeTruthy();
  });
});
