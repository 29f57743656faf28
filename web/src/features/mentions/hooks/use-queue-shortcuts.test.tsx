import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ShortcutHandlers, useQueueShortcuts } from './use-queue-shortcuts';

function Harness({ handlers, enabled = true }: { handlers: ShortcutHandlers; enabled?: boolean }) {
  useQueueShortcuts(handlers, enabled);
  return (
    <>
      <input aria-label="Search" />
      <textarea aria-label="Reason" />
      <input type="checkbox" aria-label="Select" />
    </>
  );
}

afterEach(cleanup);

describe('useQueueShortcuts', () => {
  it('runs the handler for its key anywhere on the page', () => {
    const j = vi.fn();
    const slash = vi.fn();
    render(<Harness handlers={{ j, '/': slash }} />);
    fireEvent.keyDown(document.body, { key: 'j' });
    const event = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    expect(j).toHaveBeenCalledTimes(1);
    expect(slash).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true); // so "/" is not typed into the search box it focuses
  });

  it('stays quiet while the user types in a text box or textarea, but not on a checkbox', () => {
    const h = vi.fn();
    render(<Harness handlers={{ h }} />);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Search' }), { key: 'h' });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Reason' }), { key: 'h' });
    expect(h).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByRole('checkbox', { name: 'Select' }), { key: 'h' });
    expect(h).toHaveBeenCalledTimes(1);
  });

  it('leaves a text field on Escape, so the shortcuts work again', () => {
    const j = vi.fn();
    render(<Harness handlers={{ j }} />);
    const search = screen.getByRole('textbox', { name: 'Search' });
    search.focus();
    fireEvent.keyDown(search, { key: 'Escape' });
    expect(document.activeElement).not.toBe(search);
    fireEvent.keyDown(document.body, { key: 'j' });
    expect(j).toHaveBeenCalledTimes(1);
  });

  it('ignores keys with modifiers, other keys, and everything while disabled', () => {
    const k = vi.fn();
    const { rerender } = render(<Harness handlers={{ k }} />);
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'q' });
    expect(k).not.toHaveBeenCalled();
    rerender(<Harness handlers={{ k }} enabled={false} />);
    fireEvent.keyDown(document.body, { key: 'k' });
    expect(k).not.toHaveBeenCalled();
  });
});
