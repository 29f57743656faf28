import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { serveDashboard } from './web/serve-dashboard.js';

/**
 * Builds the whole application exactly as production runs it; tests call this too, so what they
 * check is what users get. Migrations run during init.
 */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: { logger?: false } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ databaseUrl }), {
    logger: options.logger ?? ['error', 'warn', 'log'],
  });
  app.disable('x-powered-by');
  app.setGlobalPrefix('api');

  const openApi = new DocumentBuilder()
    .setTitle('OU social listening API')
    .setDescription('Mentions of the Open University, classified by paragraph 7.4 of the Student Social Media Policy')
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));

  serveDashboard(app, config.webDistDir, new Logger('Dashboard'));
  return app;
}
