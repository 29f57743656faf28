import { Module } from '@nestjs/common';
import { ClassifyModule } from '../classify/classify.module.js';
import { ProofOfWork } from './proof-of-work.js';
import { ReportOcr } from './report-ocr.js';
import { ReportsController } from './reports.controller.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsService } from './reports.service.js';
import { SCREENSHOT_READER, TesseractReader } from './screenshot-reader.js';

/** The public report form of policy paragraph 7.5 (issue 17). */
@Module({
  imports: [ClassifyModule],
  controllers: [ReportsController],
  providers: [
    ReportsRepository,
    ReportsService,
    ReportOcr,
    ProofOfWork,
    TesseractReader,
    { provide: SCREENSHOT_READER, useExisting: TesseractReader },
  ],
  exports: [ReportsService],
})
export class ReportsModule {}
