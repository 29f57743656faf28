import { Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import type { AuditVerification } from '@ou-listening/shared';
import type { Response } from 'express';
import { Actor } from '../common/current-user.decorator.js';
import { RolesController } from '../common/roles.decorator.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditExportQueryDto, AuditPageDto, AuditQueryDto, AuditVerificationDto } from './dto/audit.dto.js';

@RolesController({ path: 'audit', tag: 'audit', roles: ['admin'] })
export class AuditController {
  constructor(private readonly log: AuditLogService) {}

  @Get()
  @ApiOkResponse({ type: AuditPageDto })
  list(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    const { cursor, limit, ...filter } = query;
    return this.log.page({ ...filter, beforeId: cursor }, limit ?? 50);
  }

  /** Every row the filters match (no paging), newest first. */
  @Get('export.csv')
  @ApiProduces('text/csv')
  async exportCsv(@Query() query: AuditExportQueryDto, @Res() res: Response): Promise<void> {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="audit-log.csv"');
    for await (const chunk of this.log.csv(query)) res.write(chunk);
    res.end();
  }

  /** The check `npm run audit:verify` makes; the answer says whether the chain is intact. */
  @Post('verify')
  @HttpCode(200)
  @ApiOkResponse({ type: AuditVerificationDto })
  verify(@Actor() actor: Actor): Promise<AuditVerification> {
    return this.log.verify(actor);
  }
}
