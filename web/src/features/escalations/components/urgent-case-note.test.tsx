import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UrgentCaseNote } from './urgent-case-note';

afterEach(cleanup);

describe('the emergency note on a case', () => {
  it('puts 999 first on an open threat case, with the police step', () => {
    render(<UrgentCaseNote escalation={{ categories: ['threat', 'disrepute'], status: 'open' }} />);
    const note = screen.getByRole('region', { name: 'In an emergency' });
    expect(note.textContent).toContain('If anyone is in immediate danger, call 999');
    expect(note.textContent).toContain('goes to the police on 999 now');
  });

  it('says 999 without the police step for safeguarding, and nothing on other or closed cases', () => {
    const { rerender } = render(
      <UrgentCaseNote escalation={{ categories: ['safeguarding'], status: 'acknowledged' }} />,
    );
    expect(screen.getByRole('region', { name: 'In an emergency' }).textContent).not.toContain('police');
    rerender(<UrgentCaseNote escalation={{ categories: ['disrepute'], status: 'open' }} />);
    expect(screen.queryByRole('region', { name: 'In an emergency' })).toBeNull();
    rerender(<UrgentCaseNote escalation={{ categories: ['threat'], status: 'closed' }} />);
    expect(screen.queryByRole('region', { name: 'In an emergency' })).toBeNull();
  });
});
