import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportErrorSummary } from './report-error-summary';

afterEach(cleanup);

describe('the report form’s list of what to fix', () => {
  it('links each problem to its field and puts the cursor there; the anti-spam check is plain text', () => {
    const ids = {
      id: 'f',
      errors: {
        description: 'Say what happened, in at least 10 characters.',
        altcha: 'The anti-spam check did not finish.',
      },
    };
    render(
      <>
        <ReportErrorSummary ids={ids} anchorRef={createRef()} />
        <textarea id="f-description" aria-label="What happened?" />
      </>,
    );
    const link = screen.getByRole('link', { name: 'Say what happened, in at least 10 characters.' });
    expect(link.getAttribute('href')).toBe('#f-description');
    fireEvent.click(link);
    expect(document.activeElement).toBe(screen.getByLabelText('What happened?'));
    expect(screen.queryByRole('link', { name: /anti-spam/ })).toBeNull();
    expect(screen.getByText('The anti-spam check did not finish.')).toBeTruthy();
  });
});
