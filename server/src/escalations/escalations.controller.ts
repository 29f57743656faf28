import { applyDecorators, Body, Controller, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type {
  CaseTimelineEntry,
  EscalationCounts,
  EscalationDetail,
  EscalationExport,
  EscalationSummary,
  MentionNote,
} from '@ou-listening/shared';
import type { Response } from 'express';
import { ApiRefusals } from '../common/api-refusals.js';
import { Actor, CurrentUser, type SessionUser } from '../common/current-user.decorator.js';
import { Roles } from '../common/roles.decorator.js';
import { PathId } from '../common/path-id.js';
import {
  CaseTimelineEntryDto,
  EscalationDetailDto,
  EscalationNoteDto,
  EscalationQueryDto,
  ReopenEscalationDto,
  EscalationSummaryDto,
  UpdateEscalationDto,
} from './dto/escalation.dto.js';
import { EscalationsService } from './escalations.service.js';

/** Who may read a case, its timeline and notes: officers and admins any case, comms only the cases they raised. */
function CaseReaders(): MethodDecorator {
  return applyDecorators(
    Roles('discipline', 'admin', 'comms'),
    ApiForbiddenResponse({ description: 'comms: a case someone else raised' }),
  );
}

/**
 * The discipline officers' side. Officers and admins act on cases; comms read, and add notes to,
 * the cases they raised; managers get counts only.
 */
@ApiTags('escalations')
@Controller('escalations')
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  @Get()
  @Roles('discipline', 'admin')
  @ApiOkResponse({ type: [EscalationSummaryDto] })
  list(@CurrentUser() user: SessionUser, @Query() query: EscalationQueryDto): Promise<EscalationSummary[]> {
    return this.escalations.list({
      statuses: query.status,
      severities: query.severity,
      assigneeId: query.assignee === 'me' ? user.id : query.assignee,
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    });
  }

  @Get('counts')
  @Roles('manager', 'discipline', 'admin')
  counts(): Promise<EscalationCounts> {
    return this.escalations.counts();
  }

  @Get(':id')
  @CaseReaders()
  @ApiOkResponse({ type: EscalationDetailDto })
  @ApiRefusals({ missing: 'No such case' })
  get(@PathId() id: string, @CurrentUser() user: SessionUser): Promise<EscalationDetail> {
    return this.escalations.getFor(id, user);
  }

  @Patch(':id')
  @Roles('discipline', 'admin')
  @ApiOkResponse({
    type: EscalationDetailDto,
    description: 'The case as it now stands, with its clock, evidence check and notes',
  })
  @ApiRefusals({
    invalid: 'Back to open, closing without an outcome, or assigned to someone not an active officer or admin',
    conflict: 'Closed, or changed since `version`: the body carries the case as it stands',
  })
  update(@PathId() id: string, @Body() body: UpdateEscalationDto, @Actor() actor: Actor): Promise<EscalationDetail> {
    return this.escalations.update(id, body, actor);
  }

  /** Closed, but not finished with: back to acknowledged, with a reason (audited). */
  @Post(':id/reopen')
  @HttpCode(200)
  @Roles('discipline', 'admin')
  @ApiOkResponse({
    type: EscalationDetailDto,
    description: 'The case, acknowledged again, with the reason in its timeline',
  })
  @ApiRefusals({ conflict: 'Not closed, or changed since `version`' })
  reopen(@PathId() id: string, @Body() body: ReopenEscalationDto, @Actor() actor: Actor): Promise<EscalationDetail> {
    return this.escalations.reopen(id, body, actor);
  }

  /** The case's history in words: who raised, was told, acknowledged, noted, closed and reopened it. */
  @Get(':id/timeline')
  @CaseReaders()
  @ApiOkResponse({ type: [CaseTimelineEntryDto] })
  timeline(@PathId() id: string, @CurrentUser() user: SessionUser): Promise<CaseTimelineEntry[]> {
    return this.escalations.timelineFor(id, user);
  }

  @Post(':id/notes')
  @CaseReaders()
  @ApiCreatedResponse()
  addNote(@Actor() actor: Actor, @PathId() id: string, @Body() body: EscalationNoteDto): Promise<MentionNote> {
    return this.escalations.addNote(id, body.body, actor);
  }

  /** The printable page was opened: audited like an export, since a printed copy is one. */
  @Post(':id/printed')
  @HttpCode(204)
  @Roles('discipline', 'admin')
  @ApiNoContentResponse({ description: 'Recorded in the audit log and the case timeline' })
  @ApiRefusals({ missing: 'No such case' })
  printed(@PathId() id: string, @Actor() actor: Actor): Promise<void> {
    return this.escalations.recordPrint(id, actor);
  }

  @Get(':id/export.json')
  @Roles('discipline', 'admin')
  async exportJson(
    @Actor() actor: Actor,
    @PathId() id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EscalationExport> {
    const exported = await this.escalations.exportCase(id, actor);
    res.setHeader('Content-Disposition', `attachment; filename="escalation-${id}.json"`);
    return exported;
  }
}
