/**
 * The one way the dashboard writes a moment (issue 19 §8): en-GB, dd/mm/yyyy, 24-hour clock, in UK
 * local time (GMT or BST) whatever the browser's own zone or language.
 */
type Style = 'short' | 'medium';

const TIME_ZONE = 'Europe/London';
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(withTime: boolean, seconds: boolean): Intl.DateTimeFormat {
  const key = `${withTime}/${seconds}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
      ...(seconds ? { second: '2-digit' } : {}),
    });
    formatters.set(key, found);
  }
  return found;
}

/**
 * "05/01/2026 14:07" (UK time); `time: 'medium'` adds seconds ("05/01/2026 14:07:09"). `date` is
 * accepted for older callers and ignored: every date is dd/mm/yyyy.
 */
export function formatUkTime(iso: string, { time = 'short' }: { date?: Style; time?: Style } = {}): string {
  return formatter(true, time === 'medium')
    .format(new Date(iso))
    .replace(',', '');
}

/** "05/01/2026": the UK calendar date of a moment, or of a plain yyyy-mm-dd day. */
export function formatUkDate(isoOrDay: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(isoOrDay)) {
    const [y, m, d] = isoOrDay.split('-');
    return `${d}/${m}/${y}`;
  }
  return formatter(false, false).format(new Date(isoOrDay));
}

/** "45 min", "2 h 5 min", "3 days 4 h": how long something took or has waited. */
export function formatDuration(seconds: number): string {
  const minutes = Math.max(0, Math.floor(seconds / 60));
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return `${days} day${days === 1 ? '' : 's'}${rest ? ` ${rest} h` : ''}`;
}

/** The instant a London calendar day (yyyy-mm-dd) starts, GMT or BST, whatever the browser's own time zone. */
export function londonMidnight(day: string): Date {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  // London is UTC or one hour ahead, so at UTC midnight its clock reads 00 or 01.
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', hourCycle: 'h23' }).format(utcMidnight),
  );
  return new Date(utcMidnight.getTime() - hour * 3_600_000);
}

/** The last millisecond of a London calendar day: 23, 24 or 25 hours after it starts. */
export function londonDayEnd(day: string): Date {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return new Date(londonMidnight(next.toISOString().slice(0, 10)).getTime() - 1);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written yyyy-mm-dd, as date fields and the API write it (not 2026-02-30, which the API refuses). */
export function isDay(value: string | null | undefined): value is string {
  if (!value || !DAY.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

/** Whether the end day comes before the start day: the API refuses such a range. */
export const datesOutOfOrder = (from: string | null, to: string | null): boolean => !!from && !!to && from > to;
