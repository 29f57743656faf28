import { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';

/**
 * The database a command-line tool should use: the one the server would use. With no
 * DATABASE_URL that is the embedded cluster in DATA_DIR, which the tool starts itself, so the
 * server must be stopped first (two postmasters cannot share a data directory).
 */
export async function openCliDatabase(
  config: AppConfig,
): Promise<{ url: string; ownerUrl: string | undefined; close(): Promise<void> }> {
  if (config.databaseUrl)
    return { url: config.databaseUrl, ownerUrl: config.databaseOwnerUrl, close: async () => undefined };
  const logger = new Logger('Database');
  try {
    const embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort, logger);
    return { url: embedded.url, ownerUrl: embedded.ownerUrl, close: () => embedded.stop() };
  } catch (error) {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n` +
        'If the server is running, stop it first, or point this command at a database with DATABASE_URL.',
      { cause: error },
    );
  }
}
