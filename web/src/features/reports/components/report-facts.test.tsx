import type { ReportView } from '@ou-listening/shared';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportFacts } from './report-facts';

afterEach(cleanup);

const REPORT: ReportView = {
  reference: 'R-2026-0001',
  mentionId: '41',
  platform: 'whatsapp',
  link: null,
  happenedAt: '2026-12-03',
  involved: null,
  reporterType: 'student',
  reporterEmail: null,
  consentToContact: false,
  contactDeletedAt: null,
  ocrStatus: 'off',
  linkedMentionId: null,
  receivedAt: '2026-12-04T09:30:00.000Z',
  screenshots: [],
};

describe("a public report's facts in the mention detail", () => {
  it('dates what happened as dd/mm/yyyy, like every date in the dashboard', () => {
    render(<ReportFacts report={REPORT} />);
    expect(screen.getByText('When').nextElementSibling?.textContent).toBe('03/12/2026');
    expect(screen.queryByText('2026-12-03')).toBeNull();
    // When it reached us is a moment: UK time.
    expect(screen.getByText('Received').nextElementSibling?.textContent).toBe('04/12/2026 09:30');
  });
});
