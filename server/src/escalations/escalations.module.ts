import { Module } from '@nestjs/common';
import { EscalationsController } from './escalations.controller.js';
import { EscalationsRepository } from './escalations.repository.js';
import { EscalationsService } from './escalations.service.js';

@Module({
  controllers: [EscalationsController],
  providers: [EscalationsRepository, EscalationsService],
  exports: [EscalationsService],
})
export class EscalationsModule {}
