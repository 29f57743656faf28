import type { LoggerService } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/app-config.js';
import { createApp } from '../../src/create-app.js';
import { findWebDist } from '../../src/web/serve-dashboard.js';
import { createThrowawayDatabase, dropDatabase } from './test-database.js';

export type TestApp = {
  app: NestExpressApplication;
  /** supertest bound to the running app */
  http: ReturnType<typeof supertest>;
  /** The app's own connection: assert on real rows with db.query(...) */
  db: DataSource;
  databaseName: string;
  /** a URL for this test file's database, for CLIs and second app instances */
  databaseUrl: string;
  /** http://127.0.0.1:<port> when started with listen: true */
  baseUrl: string;
  close(): Promise<void>;
};

/**
 * The whole application on a fresh, migrated database: `const { http, db } = await newTestApp()`.
 */
export async function newTestApp(
  options: { listen?: boolean; env?: Record<string, string>; logger?: LoggerService } = {},
): Promise<TestApp> {
  const database = await createThrowawayDatabase();
  const config = loadConfig(
    { NODE_ENV: 'test', DATABASE_URL: database.url, ADMIN_BOOTSTRAP: 'off', ...options.env },
    { webDistDir: findWebDist() },
  );
  const app = await createApp(config, database.url, { logger: options.logger ?? false });
  await app.init();
  let baseUrl = '';
  if (options.listen) {
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    baseUrl = `http://127.0.0.1:${address.port}`;
  }
  return {
    app,
    http: supertest(app.getHttpServer()),
    db: app.get(DataSource),
    databaseName: database.name,
    databaseUrl: database.url,
    baseUrl,
    close: async () => {
      await app.close();
      await dropDatabase(database.name);
    },
  };
}
