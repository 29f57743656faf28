import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ErasureReport, LegalHoldView, RetentionOverview, SubjectAccessExport } from '@ou-listening/shared';
import { Actor } from '../common/current-user.decorator.js';
import { PathId } from '../common/path-id.js';
import { Roles } from '../common/roles.decorator.js';
import { AuthorRefDto, LegalHoldDto } from './dto/privacy.dto.js';
import { PrivacyService } from './privacy.service.js';
import { RetentionService } from './retention.service.js';

/** Data protection: admins erase and export; discipline officers and admins hold cases. */
@ApiTags('privacy')
@Controller('privacy')
export class PrivacyController {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly retention: RetentionService,
  ) {}

  @Get('retention')
  @Roles('admin')
  @ApiOkResponse()
  overview(): Promise<RetentionOverview> {
    return this.retention.overview();
  }

  @Get('cases/:id/hold')
  @Roles('discipline', 'admin')
  hold(@PathId() id: string): Promise<LegalHoldView> {
    return this.privacy.hold(id);
  }

  @Put('cases/:id/hold')
  @Roles('discipline', 'admin')
  setHold(@Actor() actor: Actor, @PathId() id: string, @Body() body: LegalHoldDto): Promise<LegalHoldView> {
    return this.privacy.setHold(actor, id, body.held, body.reason.trim());
  }

  @Post('erasures/author')
  @Roles('admin')
  @HttpCode(200)
  eraseAuthor(@Actor() actor: Actor, @Body() body: AuthorRefDto): Promise<ErasureReport> {
    return this.privacy.eraseAuthor(actor, body);
  }

  @Post('erasures/mention/:id')
  @Roles('admin')
  @HttpCode(200)
  eraseMention(@Actor() actor: Actor, @PathId() id: string): Promise<ErasureReport> {
    return this.privacy.eraseMention(actor, id);
  }

  @Post('exports/author')
  @Roles('admin')
  @HttpCode(200)
  exportAuthor(@Actor() actor: Actor, @Body() body: AuthorRefDto): Promise<SubjectAccessExport> {
    return this.privacy.exportAuthor(actor, body);
  }
}
