import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Dialog } from './dialog';

function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <nav>
        <a href="/queue">Queue</a>
      </nav>
      <main>
        <button type="button" onClick={() => setOpen(true)}>
          Hide
        </button>
        {open && (
          <Dialog title="Hide this mention" onClose={() => setOpen(false)}>
            <input aria-label="Reason" />
          </Dialog>
        )}
      </main>
    </>
  );
}

describe('Dialog', () => {
  afterEach(cleanup);

  it('makes the page behind it inert while open, and gives it back with focus on close', () => {
    render(<Page />);
    const opener = screen.getByRole('button', { name: 'Hide' });
    opener.focus();
    fireEvent.click(opener);

    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Reason' }));
    expect(screen.getByRole('dialog', { name: 'Hide this mention' }).closest('[inert]')).toBeNull();
    expect(opener.hasAttribute('inert')).toBe(true);
    expect(screen.getByRole('link', { name: 'Queue', hidden: true }).closest('[inert]')).not.toBeNull();

    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.querySelectorAll('[inert]')).toHaveLength(0);
    expect(document.activeElement).toBe(opener);
  });
});
