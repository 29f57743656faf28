import { Module } from '@nestjs/common';
import { MentionsModule } from '../mentions/mentions.module.js';
import { ResponseRepository } from './response.repository.js';
import { ResponseService } from './response.service.js';
import { SpikeAlertsJob } from './spike-alerts.job.js';
import { TrendsController } from './trends.controller.js';
import { TrendsRepository } from './trends.repository.js';
import { TrendsService } from './trends.service.js';

/** Trends and reports for managers (issue 8), and the spike-alert job. */
@Module({
  imports: [MentionsModule],
  controllers: [TrendsController],
  providers: [TrendsRepository, TrendsService, ResponseRepository, ResponseService, SpikeAlertsJob],
  exports: [TrendsService],
})
export class TrendsModule {}
