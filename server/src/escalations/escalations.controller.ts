import { Body, Controller, Get, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  EscalationCounts,
  EscalationDetail,
  EscalationExport,
  EscalationSummary,
  MentionNote,
} from '@ou-listening/shared';
import type { Request, Response } from 'express';
import { clientIp, CurrentUser, type SessionUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { IdParam } from '../common/id-param.js';
import {
  EscalationNoteDto,
  EscalationQueryDto,
  EscalationSummaryDto,
  UpdateEscalationDto,
} from './dto/escalation.dto.js';
import { EscalationsService } from './escalations.service.js';

const actor = (user: SessionUser, req: Request) => ({ id: user.id, email: user.email, ip: clientIp(req) });

/**
 * The discipline officers' side. Officers and admins act on cases; comms read a case and its
 * notes (they raised it); managers get counts only.
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
  @Roles('discipline', 'admin', 'comms')
  get(@Param('id', IdParam) id: string): Promise<EscalationDetail> {
    return this.escalations.get(id);
  }

  @Patch(':id')
  @Roles('discipline', 'admin')
  update(
    @CurrentUser() user: SessionUser,
    @Req() req: Request,
    @Param('id', IdParam) id: string,
    @Body() body: UpdateEscalationDto,
  ): Promise<EscalationDetail> {
    return this.escalations.update(id, body, actor(user, req));
  }

  @Post(':id/notes')
  @Roles('discipline', 'admin', 'comms')
  @ApiCreatedResponse()
  addNote(
    @CurrentUser() user: SessionUser,
    @Req() req: Request,
    @Param('id', IdParam) id: string,
    @Body() body: EscalationNoteDto,
  ): Promise<MentionNote> {
    return this.escalations.addNote(id, body.body.trim(), actor(user, req));
  }

  @Get(':id/export.json')
  @Roles('discipline', 'admin')
  async exportJson(
    @CurrentUser() user: SessionUser,
    @Req() req: Request,
    @Param('id', IdParam) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EscalationExport> {
    const exported = await this.escalations.exportCase(id, actor(user, req));
    res.setHeader('Content-Disposition', `attachment; filename="escalation-${id}.json"`);
    return exported;
  }
}
