import { Logger, type LoggerService, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import { ApiExceptionFilter } from './common/api-exception.filter.js';
import { DomainErrorFilter } from './common/domain-error.filter.js';
import { applyHttpSecurity } from './common/http-security.js';
import { applyJsonBodyRules } from './common/json-body.js';
import { StripDirectionControls } from './common/direction-controls.pipe.js';
import { RefuseUnsafeText } from './common/unsafe-text.pipe.js';
import type { AppConfig } from './config/app-config.js';
import { migrateAsOwner } from './database/database-roles.js';
import { serveDashboard } from './web/serve-dashboard.js';

/**
 * Builds the whole application exactly as production runs it; tests call this too, so what they
 * check is what users get. Migrations run during init.
 */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: { logger?: false | LoggerService } = {},
): Promise<NestExpressApplication> {
  // With an owner role, migrations and grants happen as the owner before the app connects as itself.
  if (config.databaseOwnerUrl) await migrateAsOwner(config.databaseOwnerUrl, databaseUrl, new Logger('Database'));
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ databaseUrl, config }), {
    logger: options.logger ?? ['error', 'warn', 'log'],
    // Throw instead of exiting, so callers (main, tests, CLIs) can report and clean up.
    abortOnError: false,
  });
  app.disable('x-powered-by');
  if (config.auth.trustProxy) app.set('trust proxy', trustProxySetting(config.auth.trustProxy));
  applyHttpSecurity(app);
  applyJsonBodyRules(app);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new RefuseUnsafeText(),
    new StripDirectionControls(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
    }),
  );
  // Nest tries global filters last to first: the catch-all goes first so DomainErrorFilter sees its own.
  app.useGlobalFilters(new ApiExceptionFilter(), new DomainErrorFilter());

  const openApi = new DocumentBuilder()
    .setTitle('OU social listening API')
    .setDescription('Mentions of the Open University, classified by paragraph 7.4 of the Student Social Media Policy')
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));

  serveDashboard(app, config.webDistDir, new Logger('Dashboard'));
  return app;
}

/** TRUST_PROXY: "true", a hop count, or addresses/subnets (e.g. "loopback, 10.0.0.0/8"). */
function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
