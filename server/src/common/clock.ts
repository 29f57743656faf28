/** The time, injectable so that tests can move it (session expiry, throttling windows). */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** Whole seconds from `now` until `deadline`, at least 1: what a Retry-After header may say. */
export function secondsUntil(deadline: Date, now: Date): number {
  return Math.max(1, Math.ceil((deadline.getTime() - now.getTime()) / 1000));
}
