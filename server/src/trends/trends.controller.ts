import { Get, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import type { CategoryPlatformMatrix, DrillDownCount, ResponseTrends } from '@ou-listening/shared';
import { Actor, CurrentUser, type SessionUser } from '../common/current-user.decorator.js';
import { RolesController } from '../common/roles.decorator.js';
import { PathId } from '../common/path-id.js';
import {
  AlertsQueryDto,
  EscalationSeriesDto,
  EscalationsQueryDto,
  ExportQueryDto,
  SpikeAlertDto,
  SpikeAlertListDto,
  TopListDto,
  TopQueryDto,
  TrendRangeQueryDto,
  TrendsSummaryDto,
  VolumeQueryDto,
  VolumeSeriesDto,
} from './dto/trends.dto.js';
import { QueueSummaryQueryDto } from '../mentions/dto/mention-query.dto.js';
import { ResponseService } from './response.service.js';
import { TrendsService } from './trends.service.js';

@RolesController({ path: 'trends', tag: 'trends', roles: ['manager', 'admin'] })
export class TrendsController {
  constructor(
    private readonly trends: TrendsService,
    private readonly responses: ResponseService,
  ) {}

  @Get('volume')
  @ApiOkResponse({ type: VolumeSeriesDto })
  volume(@Query() query: VolumeQueryDto): Promise<VolumeSeriesDto> {
    return this.trends.volume(query);
  }

  @Get('escalations')
  @ApiOkResponse({ type: EscalationSeriesDto })
  escalations(@Query() query: EscalationsQueryDto): Promise<EscalationSeriesDto> {
    return this.trends.escalations(query);
  }

  @Get('summary')
  @ApiOkResponse({ type: TrendsSummaryDto })
  summary(@Query() query: TrendRangeQueryDto): Promise<TrendsSummaryDto> {
    return this.trends.summary(query);
  }

  @Get('matrix')
  @ApiOkResponse({ description: 'Mentions per top category × platform (CategoryPlatformMatrix in shared/)' })
  matrix(@Query() query: TrendRangeQueryDto): Promise<CategoryPlatformMatrix> {
    return this.trends.matrix(query);
  }

  @Get('response')
  @ApiOkResponse({
    description: 'Time to first action, backlog, escalation and reply times (ResponseTrends in shared/)',
  })
  response(@Query() query: EscalationsQueryDto): Promise<ResponseTrends> {
    return this.responses.response(query);
  }

  /**
   * How many mentions the queue holds for a Trends drill-down filter, counted by the queue itself:
   * managers see the number behind a figure, not the posts (they do not triage).
   */
  @Get('drill-down')
  @ApiOkResponse({ description: '{ total, countLimit } for the queue filter given' })
  drillDown(@CurrentUser() user: SessionUser, @Query() query: QueueSummaryQueryDto): Promise<DrillDownCount> {
    return this.trends.drillDown(query, user);
  }

  @Get('top')
  @ApiOkResponse({ type: TopListDto })
  top(@CurrentUser() user: SessionUser, @Query() query: TopQueryDto): Promise<TopListDto> {
    return this.trends.top(query, user.role);
  }

  @Get('export.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The chosen dataset as CSV, as an attachment' })
  async exportCsv(@CurrentUser() user: SessionUser, @Query() query: ExportQueryDto): Promise<StreamableFile> {
    const { filename, csv } = await this.trends.exportCsv(query, user.role);
    // Headers come with the file, not from @Header, so that an error still answers as JSON.
    const content = Buffer.from(csv, 'utf8');
    return new StreamableFile(content, {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${filename}"`,
      length: content.length,
    });
  }

  @Get('alerts')
  @ApiOkResponse({ type: SpikeAlertListDto })
  alerts(@Query() query: AlertsQueryDto): Promise<SpikeAlertListDto> {
    return this.trends.alerts(query.all);
  }

  @Post('alerts/:id/acknowledge')
  @HttpCode(200)
  @ApiOkResponse({ type: SpikeAlertDto })
  acknowledge(@Actor() actor: Actor, @PathId() id: string): Promise<SpikeAlertDto> {
    return this.trends.acknowledge(actor, id);
  }
}
