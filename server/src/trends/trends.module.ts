import { Module } from '@nestjs/common';
import { SpikeAlertsJob } from './spike-alerts.job.js';
import { TrendsController } from './trends.controller.js';
import { TrendsRepository } from './trends.repository.js';
import { TrendsService } from './trends.service.js';

/** Trends and reports for managers (issue 8), and the spike-alert job. */
@Module({
  controllers: [TrendsController],
  providers: [TrendsRepository, TrendsService, SpikeAlertsJob],
  exports: [TrendsService],
})
export class TrendsModule {}
