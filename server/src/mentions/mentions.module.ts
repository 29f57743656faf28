import { Module } from '@nestjs/common';
import { EscalationsModule } from '../escalations/escalations.module.js';
import { PlatformActionsModule } from '../platform-actions/platform-actions.module.js';
import { UsersModule } from '../users/users.module.js';
import { MentionsController } from './mentions.controller.js';
import { MentionsRepository } from './mentions.repository.js';
import { MentionsService } from './mentions.service.js';

/** Triage: the Communications Unit's queue (issue 6). */
@Module({
  imports: [EscalationsModule, UsersModule, PlatformActionsModule],
  controllers: [MentionsController],
  providers: [MentionsRepository, MentionsService],
  // Trends counts the mentions behind a figure with the queue's own filter (issue 20 drill-down).
  exports: [MentionsService],
})
export class MentionsModule {}
