/** The flags both fake command lines take: where the fake listens, how many posts, which faults. */
export const FAKE_FLAGS = {
  port: { type: 'string', default: '4010' },
  posts: { type: 'string', default: '1000' },
  'reset-in': { type: 'string' },
  failures: { type: 'string' },
  'malformed-every': { type: 'string' },
  'delay-ms': { type: 'string' },
} as const;

/** A whole-number flag's value: undefined when it was not given, an error naming the flag when it is not a number. */
export function wholeNumberFlag(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new Error(`--${name} must be a whole number (got "${raw}")`);
  return Number(raw);
}
