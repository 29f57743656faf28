import type { EscalationOutcome, EscalationStatus, PersonRef, Severity } from './mentions.js';

/**
 * Cases (escalations) with clocks, timelines and reopening (issue 19 §6): the API's shapes, the
 * words shown for each code, and the working-time arithmetic behind the acknowledgement targets.
 */

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  urgent: 'Urgent',
};

export const CASE_STATUS_LABELS: Readonly<Record<EscalationStatus, string>> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  closed: 'Closed',
};

export const OUTCOME_LABELS: Readonly<Record<EscalationOutcome, string>> = {
  no_further_action: 'No further action',
  informal_caution: 'Informal caution',
  referred_student_discipline: 'Referred under the Code of Practice for Student Discipline',
  referred_police: 'Referred to the police',
  referred_safeguarding: 'Referred to safeguarding',
  emergency_services_contacted: 'Emergency services contacted',
  other: 'Other',
};

/**
 * How long a case may wait for acknowledgement. `hours` run on the clock, day and night;
 * `working_days` count only working hours (Monday to Friday, 09:00–17:00 UK time), 8 to a day.
 */
export type CaseTarget = { amount: number; unit: 'hours' | 'working_days' };

/** Where the case stands against its target, as the server works it out at the time of asking. */
export type CaseClock = {
  target: CaseTarget;
  /** when acknowledgement is due */
  dueAt: string;
  /** when someone first acknowledged (or closed) it; null while it waits */
  acknowledgedAt: string | null;
  /** seconds from raising to acknowledgement; null while it waits */
  secondsToAcknowledge: number | null;
  /** seconds since it was raised (to closing, for a closed case) */
  ageSeconds: number;
  /** waiting past its due time, or acknowledged after it */
  overdue: boolean;
};

export const WORKING_DAY = { startHour: 9, endHour: 17, timeZone: 'Europe/London' } as const;
const WORKING_DAY_MS = (WORKING_DAY.endHour - WORKING_DAY.startHour) * 3_600_000;

const LONDON_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: WORKING_DAY.timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock parts of an instant in UK time. */
export function londonParts(at: Date): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
} {
  const parts = LONDON_CLOCK.formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
  };
}

/** The instant a UK wall-clock time names (working hours never fall in a clock change). */
function londonInstant(year: number, month: number, day: number, hour: number): Date {
  const guess = Date.UTC(year, month - 1, day, hour);
  const seen = londonParts(new Date(guess));
  const offsetMs = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute) - guess;
  return new Date(guess - offsetMs);
}

/**
 * The instant a UK calendar day (YYYY-MM-DD) starts, GMT or BST. The clocks change at 01:00 and
 * 02:00, never at midnight, so midnight always exists and is never repeated.
 */
export function londonDayStart(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return londonInstant(year, month, date, 0);
}

/** The rest of the working period `at` falls in, or the next one after it. */
function workingPeriodFrom(at: Date): { start: Date; end: Date } {
  const here = londonParts(at);
  for (let offset = 0; offset < 14; offset += 1) {
    // Noon UTC of the date `offset` days on: only its calendar date and weekday are used.
    const date = new Date(Date.UTC(here.year, here.month - 1, here.day + offset, 12));
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const start = londonInstant(y, m, d, WORKING_DAY.startHour);
    const end = londonInstant(y, m, d, WORKING_DAY.endHour);
    if (at < end) return { start: at > start ? at : start, end };
  }
  throw new Error('no working period within two weeks');
}

/** When a case raised at `raisedAt` must be acknowledged to meet `target`. Bank holidays are not skipped. */
export function caseDueAt(raisedAt: Date, target: CaseTarget): Date {
  if (target.unit === 'hours') return new Date(raisedAt.getTime() + target.amount * 3_600_000);
  let remaining = target.amount * WORKING_DAY_MS;
  let at = raisedAt;
  for (;;) {
    const { start, end } = workingPeriodFrom(at);
    const available = end.getTime() - start.getTime();
    if (remaining <= available) return new Date(start.getTime() + remaining);
    remaining -= available;
    at = end;
  }
}

/** "1 hour", "3 working days": how a target reads. */
export function describeCaseTarget(target: CaseTarget): string {
  const plural = target.amount === 1 ? '' : 's';
  return target.unit === 'hours' ? `${target.amount} hour${plural}` : `${target.amount} working day${plural}`;
}

export type CaseTimelineKind =
  | 'raised'
  | 'notified'
  | 'acknowledged'
  | 'assigned'
  | 'note'
  | 'closed'
  | 'reopened'
  | 'exported'
  | 'hold'
  | 'hold_released'
  | 'other';

/** One line of a case's history, in words: "Dana Discipline acknowledged the case". */
export type CaseTimelineEntry = {
  at: string;
  kind: CaseTimelineKind;
  /** who did it; null for the system (a notification) or a deleted account */
  actor: PersonRef | null;
  text: string;
  /** a reason, a note's text or an outcome note, shown under the line */
  detail: string | null;
};

/** POST /api/escalations/:id/reopen */
export type ReopenEscalationRequest = { reason: string; version: number };

/** GET /api/escalations/counts: also how long the oldest open case has waited, and how many are overdue. */
export type CaseInboxFigures = {
  /** raised time of the oldest case nobody has acknowledged yet; null when none waits */
  oldestWaitingSince: string | null;
  /** open or acknowledged cases past their acknowledgement target */
  overdue: number;
  /** urgent cases not yet closed */
  urgent: number;
};
