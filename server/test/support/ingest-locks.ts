import { INGEST_LOCK_CLASS } from '../../src/ingest/ingest.repository';
import { waitFor } from './server-process';
import type { TestApp } from './test-app';

/**
 * After a poller is killed, PostgreSQL frees its source lock only once the backend notices the
 * closed connection, which on a busy machine can be after the process has gone. A resumed run
 * started before that is (rightly) skipped as "locked": wait until no poller holds a source lock.
 */
export async function untilSourceLocksFree(t: TestApp, timeoutMs = 30_000): Promise<void> {
  await waitFor(
    async () => {
      const [row] = await t.db.query<{ held: number }[]>(
        `SELECT count(*)::int AS held FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND granted`,
        [INGEST_LOCK_CLASS],
      );
      return row?.held === 0 ? true : undefined;
    },
    timeoutMs,
    'the killed poller to release its source lock',
  );
}
