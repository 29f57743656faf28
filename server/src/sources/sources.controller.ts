import { Body, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import type { IngestRunView, PlatformFilterOption, PlatformStatus, SourceView } from '@ou-listening/shared';
import { ApiCreatesNamed, ApiRefusals } from '../common/api-refusals.js';
import { Actor } from '../common/current-user.decorator.js';
import { Roles, RolesController } from '../common/roles.decorator.js';
import {
  CreateSourceDto,
  IngestRunViewDto,
  ListRunsQueryDto,
  PlatformFilterOptionDto,
  PlatformStatusDto,
  SourceViewDto,
  UpdateSourceDto,
} from './dto/source.dto.js';
import { SourcesService } from './sources.service.js';
import { PathId } from '../common/path-id.js';

/** Sources and ingest runs: admins only (DESIGN.md §1). Watch queries have their own controller. */
@RolesController({ tag: 'sources', roles: ['admin'] })
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
  @ApiCreatesNamed(SourceViewDto, 'source', 'Invalid fields, or a kind this server has no connector for')
  create(@Body() body: CreateSourceDto, @Actor() actor: Actor): Promise<SourceView> {
    return this.sources.create(body, actor);
  }

  @Patch('sources/:id')
  @ApiOkResponse({ type: SourceViewDto, description: 'Enabled or paused, or polled at a new interval (audited)' })
  @ApiRefusals({ missing: 'No such source' })
  update(@PathId() id: string, @Body() body: UpdateSourceDto, @Actor() actor: Actor): Promise<SourceView> {
    return this.sources.update(id, body, actor);
  }

  @Get('ingest-runs')
  @ApiOkResponse({ type: [IngestRunViewDto], description: 'Recent ingest runs, newest first' })
  runs(@Query() query: ListRunsQueryDto): Promise<IngestRunView[]> {
    return this.sources.runs(query);
  }
}
