/** One past check of a platform, newest first, as the schedule weighs it. */
export type PastCheck = {
  status: 'running' | 'ok' | 'rate_limited' | 'failed';
  startedAt: Date;
  finishedAt: Date | null;
};

const DAY_MS = 24 * 60 * 60_000;

/**
 * When a platform's deletion check is next due. After a good check, a day later. After a failure
 * (or a rate limit, or a run that never finished) it is retried sooner, the wait doubling with
 * each failure in a row from `retryMs` up to the day, so a platform that is down for a minute
 * does not leave deleted posts stored for another 24 hours.
 */
export function nextCheckAt(history: PastCheck[], retryMs: number): Date | null {
  const last = history[0];
  if (!last) return null;
  if (last.status === 'ok') return new Date(last.startedAt.getTime() + DAY_MS);
  const failures = history.findIndex((c) => c.status === 'ok');
  const inARow = failures === -1 ? history.length : failures;
  const wait = Math.min(retryMs * 2 ** (inARow - 1), DAY_MS);
  // A run that never finished (its replica stopped) counts from its start.
  return new Date((last.finishedAt ?? last.startedAt).getTime() + wait);
}
