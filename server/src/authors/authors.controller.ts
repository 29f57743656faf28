import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiRefusals } from '../common/api-refusals.js';
import { Actor, CurrentUser, type SessionUser } from '../common/current-user.decorator.js';
import { Roles } from '../common/roles.decorator.js';
import { AuthorsService } from './authors.service.js';
import {
  AccountReportDto,
  AccountReportResultDto,
  AuthorHandleParamsDto,
  AuthorIdDto,
  AuthorParamsDto,
  AuthorProfileDto,
  OfficialAccountDto,
  OfficialAccountViewDto,
  WatchDto,
} from './dto/author.dto.js';

/** One author across sources. Managers read counts only; discipline officers see cases, not this. */
@ApiTags('authors')
@Controller()
export class AuthorsController {
  constructor(private readonly authors: AuthorsService) {}

  @Get('authors/:platform/handle/:handle')
  @Roles('comms', 'admin')
  @ApiOkResponse({ type: AuthorIdDto, description: "The id behind a handle (Trends' top authors)" })
  @ApiRefusals({ missing: 'No mention with this handle' })
  idOfHandle(@Param() params: AuthorHandleParamsDto): Promise<AuthorIdDto> {
    return this.authors.idOfHandle(params.platform, params.handle);
  }

  @Get('authors/:platform/:authorId')
  @Roles('comms', 'admin', 'manager')
  @ApiOkResponse({ type: AuthorProfileDto })
  @ApiRefusals({ invalid: 'Not a platform, or an id too long', missing: 'No mentions from this author' })
  profile(@Param() params: AuthorParamsDto, @CurrentUser() user: SessionUser): Promise<AuthorProfileDto> {
    return this.authors.profile(params.platform, params.authorId, user.role);
  }

  @Put('authors/:platform/:authorId/watch')
  @Roles('comms', 'admin')
  @ApiOkResponse({ type: AuthorProfileDto, description: 'Watched: their new mentions are raised in the queue' })
  @ApiRefusals({ missing: 'No mentions from this author' })
  watch(@Param() params: AuthorParamsDto, @Body() body: WatchDto, @Actor() actor: Actor): Promise<AuthorProfileDto> {
    return this.authors.setWatched(actor, params.platform, params.authorId, true, body.reason);
  }

  @Delete('authors/:platform/:authorId/watch')
  @Roles('comms', 'admin')
  @ApiOkResponse({ type: AuthorProfileDto })
  unwatch(@Param() params: AuthorParamsDto, @Actor() actor: Actor): Promise<AuthorProfileDto> {
    return this.authors.setWatched(actor, params.platform, params.authorId, false);
  }

  @Post('authors/:platform/:authorId/reports')
  @Roles('comms', 'admin')
  @ApiCreatedResponse({ type: AccountReportResultDto, description: 'Recorded and audited; open reportUrl next' })
  @ApiRefusals({ invalid: 'No reason given, or a reason too long', missing: 'No mentions from this author' })
  report(
    @Param() params: AuthorParamsDto,
    @Body() body: AccountReportDto,
    @Actor() actor: Actor,
  ): Promise<AccountReportResultDto> {
    return this.authors.report(actor, params.platform, params.authorId, body.reason);
  }

  @Get('official-accounts')
  @Roles('admin')
  @ApiOkResponse({ type: OfficialAccountViewDto, isArray: true })
  officialAccounts(): Promise<OfficialAccountViewDto[]> {
    return this.authors.officialAccounts();
  }

  @Post('official-accounts')
  @Roles('admin')
  @ApiCreatedResponse({ type: OfficialAccountViewDto, isArray: true, description: 'The list after adding' })
  addOfficial(@Body() body: OfficialAccountDto, @Actor() actor: Actor): Promise<OfficialAccountViewDto[]> {
    return this.authors.addOfficial(actor, body.platform, body.handle, body.label?.trim() || null);
  }

  @Delete('official-accounts/:platform/:handle')
  @Roles('admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiRefusals({ missing: 'Not on the list' })
  async removeOfficial(@Param() params: OfficialAccountDto, @Actor() actor: Actor): Promise<void> {
    await this.authors.removeOfficial(actor, params.platform, params.handle);
  }
}
