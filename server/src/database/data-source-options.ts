import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../migrations/index.js';

/**
 * One definition of the connection for the server, the tests and the CLI. Migrations are listed,
 * not globbed, so it works the same from tsc output and from ts-jest. No entities: every feature
 * reads and writes through SQL in its repository, with a typed row per query (STYLE.md).
 */
export function dataSourceOptions(url: string, options: { migrationsRun?: boolean } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [],
    migrations: MIGRATIONS,
    // Off when an owner role has already run them (database-roles.ts).
    migrationsRun: options.migrationsRun ?? true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Never 'query' or 'error': both print SQL parameters, which can be post text or personal data.
    logging: ['migration', 'warn'],
    extra: { max: 10, connectionTimeoutMillis: 5_000 },
  };
}
