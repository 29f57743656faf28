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

/** Which URLs a variable takes: its schemes, and what a good one looks like (for the message). */
export type UrlRule = { schemes: readonly string[]; expected: string; secret?: boolean };

/** http or https, the rule of every platform's base URL. */
export const HTTP_URL: UrlRule = { schemes: ['http', 'https'], expected: 'http(s)://…' };

/**
 * `raw` read as a URL the rule allows, or undefined with a line in `problems` naming the variable.
 * A secret URL (one with a password in it) is not repeated in the message.
 */
export function urlOf(name: string, raw: string, rule: UrlRule, problems: string[]): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`${name} is not a URL (expected ${rule.expected}${rule.secret ? '' : `, got "${raw}"`})`);
    return undefined;
  }
  if (!rule.schemes.includes(url.protocol.slice(0, -1))) {
    problems.push(
      `${name} must start with ${rule.schemes.map((s) => `${s}://`).join(' or ')} (got "${url.protocol}//")`,
    );
    return undefined;
  }
  return url;
}
