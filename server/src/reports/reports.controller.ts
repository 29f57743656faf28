import { Body, Controller, Get, HttpCode, Post, Req, Res, StreamableFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiRefusals } from '../common/api-refusals.js';
import { Actor, clientIp } from '../common/current-user.decorator.js';
import { PathId } from '../common/path-id.js';
import { Public, Roles } from '../common/roles.decorator.js';
import { ChallengeDto, LinkReportDto, ReportReceiptDto, ReportSubmissionDto, ReportViewDto } from './dto/report.dto.js';
import { ReportUploadInterceptor } from './report-upload.interceptor.js';
import { type UploadedScreenshot, ReportsService } from './reports.service.js';

/**
 * The public report form's API (issue 17) and what staff read of reports. Reporter identity and
 * screenshots are for comms, discipline and admin: never managers.
 */
@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Public()
  @Get('challenge')
  @ApiOkResponse({ type: ChallengeDto, description: 'A signed ALTCHA proof-of-work challenge for the form' })
  challenge(): Promise<ChallengeDto> {
    return this.reports.challenge();
  }

  /** Multipart fields are read by the service from the parsed body, which names the field in any refusal. */
  @Public()
  @Post()
  @HttpCode(201)
  @UseInterceptors(ReportUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ReportSubmissionDto })
  @ApiCreatedResponse({
    type: ReportReceiptDto,
    description: 'Stored; the reference is also e-mailed if an address was given',
  })
  @ApiRefusals({ invalid: 'A field is missing or wrong, or the proof of work failed; `field` names it' })
  @ApiPayloadTooLargeResponse({ description: 'A screenshot over 5 MB, or a field over its limit' })
  @ApiUnprocessableEntityResponse({
    description: 'A screenshot that is not a PNG, JPEG or WebP, or has too many pixels',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many reports from this address in the last hour' })
  submit(@Req() request: Request & { files?: UploadedScreenshot[] }): Promise<ReportReceiptDto> {
    const fields = (request.body ?? {}) as Record<string, unknown>;
    return this.reports.submit(fields, request.files ?? [], clientIp(request));
  }

  @Roles('comms', 'discipline', 'admin')
  @Get('by-mention/:mentionId')
  @ApiOkResponse({ type: ReportViewDto })
  @ApiRefusals({ missing: 'The mention is not a report' })
  forMention(@PathId('mentionId') mentionId: string): Promise<ReportViewDto> {
    return this.reports.forMention(mentionId);
  }

  /** The report (its own mention, `id`) linked to the mention it is about, `body.mentionId`. */
  @Roles('comms', 'admin')
  @Post('by-mention/:mentionId/link')
  @HttpCode(200)
  @ApiOkResponse({ type: ReportViewDto, description: 'The report, now linked to the mention it is about' })
  link(@PathId('mentionId') id: string, @Body() body: LinkReportDto, @Actor() actor: Actor): Promise<ReportViewDto> {
    return this.reports.link(actor, id, body.mentionId);
  }

  @Roles('comms', 'discipline', 'admin')
  @Get('screenshots/:id')
  @ApiProduces('image/png', 'image/jpeg', 'image/webp')
  @ApiOkResponse({ description: 'The re-encoded image; X-Content-SHA256 is the hash recorded when it was stored' })
  @ApiNotFoundResponse()
  async screenshot(@PathId() id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const shot = await this.reports.screenshot(id);
    response.setHeader('X-Content-SHA256', shot.sha256);
    return new StreamableFile(shot.content, {
      type: shot.mime,
      disposition: `inline; filename="screenshot-${shot.id}.${shot.mime.slice(6)}"`,
      length: shot.content.length,
    });
  }
}
