import { isDeepStrictEqual } from 'node:util';

/**
 * The fields of `after` whose value differs from `before` (arrays and objects by value), as the
 * before/after pair an update's audit row records; undefined when nothing changed, and then no row
 * is written. An unchanged field sent again is not a change.
 */
export function changedFields<T extends object>(
  before: T,
  after: Partial<T>,
): { before: Partial<T>; after: Partial<T> } | undefined {
  const keys = (Object.keys(after) as (keyof T)[]).filter((key) => !isDeepStrictEqual(before[key], after[key]));
  if (keys.length === 0) return undefined;
  const pick = (from: Partial<T>) => Object.fromEntries(keys.map((key) => [key, from[key]])) as Partial<T>;
  return { before: pick(before), after: pick(after) };
}
