import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  IngestRunView,
  PlatformFilterOption,
  PlatformStatus,
  SourceView,
  WatchQueryTranslation,
  WatchQueryView,
} from '@ou-listening/shared';
import { ApiRefusals } from '../common/api-refusals.js';
import { type Actor, CurrentActor } from '../common/current-user.decorator.js';
import { Roles } from '../common/roles.decorator.js';
import {
  CreateSourceDto,
  IngestRunViewDto,
  ListRunsQueryDto,
  PlatformFilterOptionDto,
  PlatformStatusDto,
  SourceViewDto,
  UpdateSourceDto,
} from './dto/source.dto.js';
import {
  CreateWatchQueryDto,
  PreviewWatchQueryDto,
  UpdateWatchQueryDto,
  WatchQueryTranslationDto,
  WatchQueryViewDto,
} from './dto/watch-query.dto.js';
import { SourcesService } from './sources.service.js';
import { PathId } from '../common/path-id.js';

/** Sources, watch queries and ingest runs: admins only (DESIGN.md §1). */
@ApiTags('sources')
@Roles('admin')
@Controller()
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

  @Get('sources')
  @ApiOkResponse({ type: [SourceViewDto], description: 'Every source with its health at a glance' })
  list(): Promise<SourceView[]> {
    return this.sources.list();
  }

  @Get('sources/overview')
  @ApiOkResponse({
    type: [PlatformStatusDto],
    description:
      'Each platform: configured or which variables are missing (names only), its runs, rate limit and quota',
  })
  overview(): Promise<PlatformStatus[]> {
    return this.sources.platforms();
  }

  @Get('sources/platforms')
  @Roles('comms', 'admin')
  @ApiOkResponse({
    type: [PlatformFilterOptionDto],
    description: "The queue's platform filter: platforms configured here or with mentions stored",
  })
  platforms(): Promise<PlatformFilterOption[]> {
    return this.sources.platformOptions();
  }

  @Post('sources')
  @ApiCreatedResponse({ type: SourceViewDto })
  @ApiRefusals({
    invalid: 'Invalid fields, or a kind this server has no connector for',
    conflict: 'A source of that name already exists',
  })
  create(@Body() body: CreateSourceDto, @CurrentActor() actor: Actor): Promise<SourceView> {
    return this.sources.create(body, actor);
  }

  @Patch('sources/:id')
  @ApiOkResponse({ type: SourceViewDto, description: 'Enabled or paused, or polled at a new interval (audited)' })
  @ApiRefusals({ missing: 'No such source' })
  update(@PathId() id: string, @Body() body: UpdateSourceDto, @CurrentActor() actor: Actor): Promise<SourceView> {
    return this.sources.update(id, body, actor);
  }

  @Get('ingest-runs')
  @ApiOkResponse({ type: [IngestRunViewDto], description: 'Recent ingest runs, newest first' })
  runs(@Query() query: ListRunsQueryDto): Promise<IngestRunView[]> {
    return this.sources.runs(query);
  }

  @Get('watch-queries')
  @ApiOkResponse({ type: [WatchQueryViewDto] })
  watchQueries(): Promise<WatchQueryView[]> {
    return this.sources.watchQueries();
  }

  @Post('watch-queries')
  @ApiCreatedResponse({ type: WatchQueryViewDto })
  @ApiRefusals({
    invalid: 'No phrase, handle or hashtag, or a query a platform would refuse',
    conflict: 'A watch query of that name already exists',
  })
  createWatchQuery(@Body() body: CreateWatchQueryDto, @CurrentActor() actor: Actor): Promise<WatchQueryView> {
    return this.sources.createWatchQuery(body, actor);
  }

  @Post('watch-queries/preview')
  @HttpCode(200)
  @ApiOkResponse({
    type: [WatchQueryTranslationDto],
    description: 'What each platform would be asked; nothing is saved',
  })
  previewWatchQuery(@Body() body: PreviewWatchQueryDto): WatchQueryTranslation[] {
    return this.sources.previewWatchQuery(body);
  }

  @Patch('watch-queries/:id')
  @ApiOkResponse({ type: WatchQueryViewDto })
  @ApiRefusals({
    invalid: 'Left with no phrase, handle or hashtag, or one a platform would refuse',
    missing: 'No such watch query',
    conflict: 'Renamed to the name of another watch query',
  })
  updateWatchQuery(
    @PathId() id: string,
    @Body() body: UpdateWatchQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<WatchQueryView> {
    return this.sources.updateWatchQuery(id, body, actor);
  }
}
