import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from '../common/clock.js';
import type { AppConfig } from './app-config.js';

/** Inject with `@Inject(APP_CONFIG) config: AppConfig`: the one checked configuration, never process.env. */
export const APP_CONFIG = Symbol('AppConfig');

@Global()
@Module({})
export class AppConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        // Tests replace the clock to move time (session expiry, throttling windows).
        { provide: Clock, useClass: SystemClock },
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}
