import type { ErasureReport, RetentionOverview } from '@ou-listening/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthorRequests } from './components/author-requests';
import { PrivacyNotice } from './components/privacy-notice';
import { Report } from './components/request-parts';
import { RetentionRuns, RetentionSchedule } from './components/retention-schedule';

afterEach(cleanup);

const overview: RetentionOverview = {
  classes: [
    {
      key: 'harmless',
      label: 'Harmless and never acted on',
      variable: 'RETENTION_HARMLESS_DAYS',
      days: 30,
      from: 'ingestion',
    },
    {
      key: 'acted',
      label: 'Reviewed, hidden or marked (no case)',
      variable: 'RETENTION_ACTED_DAYS',
      days: 365,
      from: 'ingestion',
    },
    {
      key: 'closedCase',
      label: 'Closed cases, with their post',
      variable: 'RETENTION_CLOSED_CASE_DAYS',
      days: 2192,
      from: 'closing',
    },
  ],
  kept: ['Anything under a legal hold'],
  runs: [
    {
      id: '3',
      startedAt: '2026-12-01T02:00:00Z',
      finishedAt: '2026-12-01T02:00:05Z',
      counts: { harmless: 120, rawPayload: 4 },
      error: null,
    },
  ],
  deletionChecks: [],
  suppressedAuthors: 2,
  suppressedPosts: 17,
};

describe('data protection page', () => {
  it('shows the schedule as configured, read-only, with what is never deleted', () => {
    render(<RetentionSchedule overview={overview} />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'WhatKept forCounted fromVariable',
      'Harmless and never acted on30 daysingestionRETENTION_HARMLESS_DAYS',
      'Reviewed, hidden or marked (no case)365 days (1 year)ingestionRETENTION_ACTED_DAYS',
      'Closed cases, with their post2192 days (6 years)closingRETENTION_CLOSED_CASE_DAYS',
      'Anything under a legal holdindefinitely——',
    ]);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText(/suppressed at ingestion: 2 \(17 posts dropped/)).toBeTruthy();
  });

  it('lists what the last passes removed in words, with UK dates and times', () => {
    const passes: RetentionOverview = {
      ...overview,
      runs: [{ ...overview.runs[0]!, counts: { harmless: 120, closedCase: 0, signInThrottle: 3 } }],
      deletionChecks: [
        {
          id: '7',
          platform: 'x',
          startedAt: '2026-07-01T01:30:00Z',
          finishedAt: null,
          status: 'rate_limited',
          checked: 40,
          removed: 2,
          keptHeld: 1,
          error: null,
        },
      ],
    };
    render(<RetentionRuns overview={passes} />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Retention 01/12/2026 02:00 — Harmless and never acted on: 120; Closed cases, with their post: 0; Spent sign-in attempt records: 3',
      'Deletion check x 01/07/2026 02:30: paused by the platform’s rate limit, 40 checked, 2 removed, 1 kept under hold',
    ]);
  });

  it('tells people how long their posts are kept and how to ask for them', () => {
    render(<PrivacyNotice />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/Privacy notice/);
    expect(screen.getByText(/deleted after 30 days/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'data-protection@open.ac.uk' })).toBeTruthy();
  });
});

const erasure: ErasureReport = {
  authorHash: 'a1b2',
  mentions: 1,
  escalations: 1,
  quarantined: 1,
  accountRecords: 1,
  heldEscalationIds: [],
  auditTexts: 1,
};

describe('requests from people', () => {
  it('puts the export and each erasure under its own heading, with labels that say which form a box is in', () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <AuthorRequests />
      </QueryClientProvider>,
    );
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Subject access export', 'Erase an author', 'Erase one mention']);

    const exportForm = screen.getByRole('form', { name: 'Subject access export' });
    // Each box is found by its own label, so none of them shares a name with the other form's.
    const boxes = (form: HTMLElement, verb: string) => [
      within(form).getByRole('combobox', { name: `${verb} platform` }),
      within(form).getByRole('textbox', { name: `${verb} author id` }),
      within(form).getByRole('textbox', { name: `or ${verb.toLowerCase()} handle` }),
    ];
    expect(boxes(exportForm, 'Export')).toHaveLength(3);
    expect(boxes(screen.getByRole('form', { name: 'Erase an author' }), 'Erase')).toHaveLength(3);
    // The platform is chosen from those the product knows, by the names people know them by.
    const platforms = within(exportForm).getByRole('combobox', { name: /Export platform/ });
    expect(
      within(platforms)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toContain('Bluesky');
    within(screen.getByRole('form', { name: 'Erase one mention' })).getByRole('textbox', { name: 'Mention id' });
  });

  it('reports an erasure of one of each in the singular', () => {
    render(<Report report={erasure} />);
    expect(screen.getByRole('status').textContent).toBe(
      'Erased 1 post, 1 case, 1 quarantined item and 1 watchlist entry or account report, and blanked 1 staff ' +
        'reason or comment about them in the audit log.',
    );
  });

  it('says a case kept by a legal hold is erased when the hold is released, not that it must be asked again', () => {
    const { rerender } = render(
      <Report report={{ ...erasure, mentions: 3, escalations: 0, auditTexts: 2, heldEscalationIds: ['12'] }} />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Erased 3 posts, 0 cases, 1 quarantined item and 1 watchlist entry or account report, and blanked 2 staff ' +
        'reasons and comments about them in the audit log. Kept under a legal hold: case 12. Its erasure is ' +
        'recorded and will be carried out when the hold is released.',
    );
    rerender(<Report report={{ ...erasure, heldEscalationIds: ['12', '15'] }} />);
    expect(screen.getByRole('status').textContent).toContain(
      'Kept under legal holds: cases 12, 15. Their erasure is recorded, and each will be carried out when its hold is released.',
    );
  });
});
