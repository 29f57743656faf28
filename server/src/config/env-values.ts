/** The environment as the config readers take it (process.env, or a test's own). */
export type Env = Record<string, string | undefined>;

/**
 * A whole number from `min` to `max`, or `fallback` when unset. A bad value adds a line to
 * `problems` ("… must be a whole number of days from 1 to 36500 (got "x")") and gives the fallback.
 */
export function wholeNumber(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
  unit?: string,
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    const what = unit ? `a whole number of ${unit}` : 'a whole number';
    problems.push(`${name} must be ${what} from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

/** "on" or "off" (any case), or `fallback` when unset. */
export function onOff(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (raw === 'on' || raw === 'off') return raw === 'on';
  problems.push(`${name} must be on or off (got "${env[name]?.trim()}")`);
  return fallback;
}
