import { Module } from '@nestjs/common';
import { ClassifierService } from './classifier.service.js';

@Module({
  providers: [ClassifierService],
  exports: [ClassifierService],
})
export class ClassifyModule {}
