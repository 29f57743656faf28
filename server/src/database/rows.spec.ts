import type { MentionNote } from '@ou-listening/shared';
import { fromSnakeRow, noteFromRow, personRef, type SnakeCased } from './rows';

type Entry = { actorId: string | null; p95Ms: number; details: { nested_key: string } };

describe('row mappers', () => {
  it('renames each snake_case column to its field and keeps the value, nested objects as they are', () => {
    const row: SnakeCased<Entry> = { actor_id: null, p95_ms: 7, details: { nested_key: 'kept' } };
    expect(fromSnakeRow<Entry>(row)).toEqual({ actorId: null, p95Ms: 7, details: { nested_key: 'kept' } });
  });

  it('gives a person only when the join found one, with an empty name when the name is missing', () => {
    expect(personRef(null, 'Ghost')).toBeNull();
    expect(personRef('u-1', null)).toEqual({ id: 'u-1', displayName: '' });
    expect(personRef('u-2', 'Sam')).toEqual({ id: 'u-2', displayName: 'Sam' });
  });

  it('reads a note with its author, or none for a deleted author', () => {
    const base = { id: '5', body: 'Called the student back', created_at: '2026-03-01T09:00:00.000Z' };
    const note: MentionNote = noteFromRow({ ...base, author_id: 'u-1', author_name: 'Sam' });
    expect(note).toEqual({
      id: '5',
      body: 'Called the student back',
      author: { id: 'u-1', displayName: 'Sam' },
      createdAt: '2026-03-01T09:00:00.000Z',
    });
    expect(noteFromRow({ ...base, author_id: null, author_name: null }).author).toBeNull();
  });
});
