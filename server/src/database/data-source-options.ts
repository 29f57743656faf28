import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../migrations/index.js';
import { ENTITIES } from './entities.js';

/**
 * One definition of the connection for the server, the tests and the CLI. Entities and
 * migrations are listed, not globbed, so it works the same from tsc output and from ts-jest.
 */
export function dataSourceOptions(url: string, options: { migrationsRun?: boolean } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
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
