import type { MentionNote, PersonRef } from '@ou-listening/shared';

/** `actorEmail` → `actor_email`: the name PostgreSQL gives a column that holds a camel-cased field. */
type SnakeName<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeName<Tail>}`
  : S;

/**
 * The row a query returns for a value of type `T` whose columns are `T`'s fields in snake case.
 * Deriving the row from the type it maps to keeps the two from drifting apart.
 */
export type SnakeCased<T> = { [K in keyof T & string as SnakeName<K>]: T[K] };

/**
 * The one mapper for rows whose columns are exactly `T`'s fields in snake case: renames each column
 * (`actor_email` → `actorEmail`) and keeps its value. The SQL must select no other column.
 */
export function fromSnakeRow<T>(row: SnakeCased<T>): T {
  const value: Record<string, unknown> = {};
  for (const [column, field] of Object.entries(row))
    value[column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase())] = field;
  return value as T;
}

/** A person joined in by id and display name (LEFT JOIN users): null when there is none. */
export function personRef(id: string | null, displayName: string | null, disabled = false): PersonRef | null {
  if (!id) return null;
  return disabled ? { id, displayName: displayName ?? '', disabled: true } : { id, displayName: displayName ?? '' };
}

/** A note joined with its author (`notes n LEFT JOIN users u`), as a mention or a case lists it. */
export type NoteRow = {
  id: string;
  body: string;
  author_id: string | null;
  author_name: string | null;
  created_at: string;
};

export function noteFromRow(row: NoteRow): MentionNote {
  return { id: row.id, body: row.body, author: personRef(row.author_id, row.author_name), createdAt: row.created_at };
}
