import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ClassifyModule } from '../classify/classify.module.js';
import { SourcesModule } from '../sources/sources.module.js';
import { UsersModule } from '../users/users.module.js';
import { HealthController } from './health.controller.js';
import { SystemHealthService } from './system-health.service.js';

@Module({
  imports: [TerminusModule, ClassifyModule, SourcesModule, UsersModule],
  controllers: [HealthController],
  providers: [SystemHealthService],
})
export class HealthModule {}
