import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './config/app-config.js';
import { createApp } from './create-app.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres.js';
import { findWebDist } from './web/serve-dashboard.js';

const logger = new Logger('Main');

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, { webDistDir: findWebDist() });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }

  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPostgresPort, logger);
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  if (embedded) config = { ...config, databaseOwnerUrl: embedded.ownerUrl };

  /** The app first, while the database still answers its last queries; then the embedded database. */
  const closeAll = async (app?: { close(): Promise<void> }): Promise<void> => {
    try {
      await app?.close();
    } finally {
      await embedded?.stop();
    }
  };
  let shuttingDown = false;
  const shutdown = async (signal: string, app?: { close(): Promise<void> }): Promise<void> => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.log(`${signal} received: stopping`);
    await closeAll(app).finally(() => process.exit(0));
  };

  let app;
  try {
    app = await createApp(config, databaseUrl);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // embedded-postgres registers its own handlers, which stop the database while the app still
    // holds connections; this process shuts down in order instead: the app, then the database.
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(signal, app));
  }

  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    // Otherwise the embedded PostgreSQL would outlive this process until the next start clears it up.
    await closeAll(app).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new Error(`Port ${config.port} on ${config.host} is in use: stop what holds it, or set PORT`, {
        cause: error,
      });
    throw error;
  }
  const shownHost = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
  logger.log(`Dashboard: http://${shownHost}:${config.port}/  (API under /api, docs at /api/docs)`);
}

main().catch((error: unknown) => {
  logger.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
