import { Body, Controller, Get, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { IngestRunView, SourceView, WatchQueryView } from '@ou-listening/shared';
import type { Request } from 'express';
import { clientIp, CurrentUser, type SessionUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import {
  CreateSourceDto,
  IngestRunViewDto,
  ListRunsQueryDto,
  SourceViewDto,
  UpdateSourceDto,
} from './dto/source.dto.js';
import { CreateWatchQueryDto, UpdateWatchQueryDto, WatchQueryViewDto } from './dto/watch-query.dto.js';
import { type Actor, SourcesService } from './sources.service.js';
import { IdParam } from '../common/id-param.js';

const actor = (user: SessionUser, req: Request): Actor => ({ id: user.id, email: user.email, ip: clientIp(req) });

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

  @Post('sources')
  @ApiCreatedResponse({ type: SourceViewDto })
  create(@Body() body: CreateSourceDto, @CurrentUser() user: SessionUser, @Req() req: Request): Promise<SourceView> {
    return this.sources.create(body, actor(user, req));
  }

  @Patch('sources/:id')
  @ApiOkResponse({ type: SourceViewDto })
  update(
    @Param('id', IdParam) id: string,
    @Body() body: UpdateSourceDto,
    @CurrentUser() user: SessionUser,
    @Req() req: Request,
  ): Promise<SourceView> {
    return this.sources.update(id, body, actor(user, req));
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
  createWatchQuery(
    @Body() body: CreateWatchQueryDto,
    @CurrentUser() user: SessionUser,
    @Req() req: Request,
  ): Promise<WatchQueryView> {
    return this.sources.createWatchQuery(body, actor(user, req));
  }

  @Patch('watch-queries/:id')
  @ApiOkResponse({ type: WatchQueryViewDto })
  updateWatchQuery(
    @Param('id', IdParam) id: string,
    @Body() body: UpdateWatchQueryDto,
    @CurrentUser() user: SessionUser,
    @Req() req: Request,
  ): Promise<WatchQueryView> {
    return this.sources.updateWatchQuery(id, body, actor(user, req));
  }
}
