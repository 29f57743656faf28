/** YouTube's quota day runs from midnight to midnight Pacific time. */
const PACIFIC = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Los_Angeles',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(at: Date): { day: string; hour: number; minute: number } {
  const get = (type: string) => PACIFIC.formatToParts(at).find((p) => p.type === type)!.value;
  return {
    day: `${get('year')}-${get('month')}-${get('day')}`,
    hour: Number(get('hour')),
    minute: Number(get('minute')),
  };
}

/** The quota day `at` falls in, as YYYY-MM-DD. */
export function pacificDay(at: Date): string {
  return parts(at).day;
}

/** When the quota next resets: the coming midnight in Los Angeles (UTC−8, or UTC−7 in summer). */
export function nextPacificMidnight(at: Date): Date {
  const [year, month, day] = pacificDay(at).split('-').map(Number) as [number, number, number];
  for (const offsetHours of [7, 8]) {
    const candidate = new Date(Date.UTC(year, month - 1, day + 1, offsetHours));
    const local = parts(candidate);
    if (local.hour === 0 && local.minute === 0) return candidate;
  }
  return new Date(Date.UTC(year, month - 1, day + 1, 8)); // unreachable while Los Angeles keeps −7/−8
}
