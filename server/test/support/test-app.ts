import path from 'node:path';
import type { LoggerService } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/app-config.js';
import { createApp } from '../../src/create-app.js';
import { findWebDist } from '../../src/web/serve-dashboard.js';
import { createThrowawayDatabase, dropDatabase, queryAsOwner } from './test-database.js';

export type TestApp = {
  app: NestExpressApplication;
  /** supertest bound to the running app */
  http: ReturnType<typeof supertest>;
  /** The app's own connection: assert on real rows with db.query(...) */
  db: DataSource;
  databaseName: string;
  /** a URL for this test file's database as the app's own login role, for CLIs and second app instances */
  databaseUrl: string;
  /** the same database as the role that owns the schema and runs migrations */
  ownerUrl: string;
  /** the variables the app was configured with, to hand to a spawned server or CLI */
  env: Record<string, string>;
  /** SQL as the owner: what the app's role may not do, such as tampering with the audit log */
  asOwner<T = Record<string, unknown>>(sql: string, parameters?: unknown[]): Promise<T[]>;
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
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    DATABASE_OWNER_URL: database.ownerUrl,
    AUDIT_KEY: process.env.AUDIT_KEY!,
    DATA_DIR: process.env.DATA_DIR!,
    AUDIT_CHECKPOINT_FILE: path.join(process.env.DATA_DIR!, `${database.name}-checkpoints.jsonl`),
  };
  const config = loadConfig({ ...env, ADMIN_BOOTSTRAP: 'off', ...options.env }, { webDistDir: findWebDist() });
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
    ownerUrl: database.ownerUrl,
    env,
    asOwner: (sql, parameters) => queryAsOwner(database.ownerUrl, sql, parameters),
    baseUrl,
    close: async () => {
      await app.close();
      await dropDatabase(database.name);
    },
  };
}
