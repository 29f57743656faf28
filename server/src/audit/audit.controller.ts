import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/roles.decorator.js';
import { AuditRepository } from './audit.repository.js';
import { AuditPageDto, AuditQueryDto } from './dto/audit.dto.js';

@ApiTags('audit')
@Roles('admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditRepository) {}

  @Get()
  @ApiOkResponse({ type: AuditPageDto })
  async list(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    const limit = query.limit ?? 50;
    const rows = await this.audit.search({
      actor: query.actor,
      action: query.action,
      from: query.from,
      to: query.to,
      beforeId: query.cursor,
      limit,
    });
    const items = rows.map(({ prevHash: _prevHash, ...row }) => row);
    return { items, nextCursor: rows.length === limit ? (rows.at(-1)?.id ?? null) : null };
  }
}
