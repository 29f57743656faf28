import { Module } from '@nestjs/common';
import { EscalationsRepository } from './escalations.repository.js';
import { EscalationsService } from './escalations.service.js';

@Module({
  providers: [EscalationsRepository, EscalationsService],
  exports: [EscalationsService],
})
export class EscalationsModule {}
