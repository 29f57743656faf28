import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MentionNotes } from './mention-notes';

afterEach(cleanup);

describe("a mention's note box", () => {
  it('takes no more than the 5,000 characters the server keeps, and counts them as they are typed', () => {
    render(<MentionNotes notes={[]} isAddingNote={false} onAddNote={vi.fn()} />);
    const box = screen.getByRole('textbox', { name: 'Add a note' }) as HTMLTextAreaElement;
    expect(box.maxLength).toBe(5000);
    const count = () => document.getElementById(box.getAttribute('aria-describedby')!)?.textContent;
    expect(count()).toBe('0 of 5,000 characters');
    fireEvent.change(box, { target: { value: 'Rang the faculty office' } });
    expect(count()).toBe('23 of 5,000 characters');
    fireEvent.change(box, { target: { value: 'x'.repeat(5000) } });
    expect(count()).toBe('5,000 of 5,000 characters');
  });

  it('sends the note trimmed and empties the box once it is kept', () => {
    const onAddNote = vi.fn((_body: string, onAdded: () => void) => onAdded());
    render(<MentionNotes notes={[]} isAddingNote={false} onAddNote={onAddNote} />);
    const box = screen.getByRole('textbox', { name: 'Add a note' }) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: '  Rang the faculty office ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(onAddNote).toHaveBeenCalledWith('Rang the faculty office', expect.any(Function));
    expect(box.value).toBe('');
    expect(screen.getByText('0 of 5,000 characters')).toBeTruthy();
  });
});
