import { Body, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import type { WatchQueryTranslation, WatchQueryView } from '@ou-listening/shared';
import { ApiCreatesNamed, ApiRefusals } from '../common/api-refusals.js';
import { Actor } from '../common/current-user.decorator.js';
import { PathId } from '../common/path-id.js';
import { RolesController } from '../common/roles.decorator.js';
import {
  CreateWatchQueryDto,
  PreviewWatchQueryDto,
  UpdateWatchQueryDto,
  WatchQueryTranslationDto,
  WatchQueryViewDto,
} from './dto/watch-query.dto.js';
import { SourcesService } from './sources.service.js';

/** The phrases, handles and hashtags every search platform is asked about: admins only (DESIGN.md §1). */
@RolesController({ path: 'watch-queries', tag: 'sources', roles: ['admin'] })
export class WatchQueriesController {
  constructor(private readonly sources: SourcesService) {}

  @Get()
  @ApiOkResponse({ type: [WatchQueryViewDto] })
  list(): Promise<WatchQueryView[]> {
    return this.sources.watchQueries();
  }

  @Post()
  @ApiCreatesNamed(WatchQueryViewDto, 'watch query', 'No phrase, handle or hashtag, or a query a platform would refuse')
  create(@Body() body: CreateWatchQueryDto, @Actor() actor: Actor): Promise<WatchQueryView> {
    return this.sources.createWatchQuery(body, actor);
  }

  @Post('preview')
  @HttpCode(200)
  @ApiOkResponse({
    type: [WatchQueryTranslationDto],
    description: 'What each platform would be asked; nothing is saved',
  })
  preview(@Body() body: PreviewWatchQueryDto): WatchQueryTranslation[] {
    return this.sources.previewWatchQuery(body);
  }

  @Patch(':id')
  @ApiOkResponse({ type: WatchQueryViewDto })
  @ApiRefusals({
    invalid: 'Left with no phrase, handle or hashtag, or one a platform would refuse',
    missing: 'No such watch query',
    conflict: 'Renamed to the name of another watch query',
  })
  update(@PathId() id: string, @Body() body: UpdateWatchQueryDto, @Actor() actor: Actor): Promise<WatchQueryView> {
    return this.sources.updateWatchQuery(id, body, actor);
  }
}
