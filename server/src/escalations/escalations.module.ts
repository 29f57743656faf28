import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module.js';
import { EscalationsController } from './escalations.controller.js';
import { EscalationsRepository } from './escalations.repository.js';
import { EscalationsService } from './escalations.service.js';

@Module({
  imports: [ReportsModule],
  controllers: [EscalationsController],
  providers: [EscalationsRepository, EscalationsService],
  exports: [EscalationsService],
})
export class EscalationsModule {}
