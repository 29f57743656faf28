import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type EvidenceScreenshot,
  type LinkReportRequest,
  REPORT_LIMITS,
  REPORTED_PLATFORMS,
  REPORTER_TYPES,
  type ReportedPlatform,
  type ReporterType,
  type ReportReceipt,
  type ReportScreenshotView,
  type ReportView,
  SCREENSHOT_TYPES,
  type ScreenshotType,
} from '@ou-listening/shared';
import { Matches } from 'class-validator';

/**
 * POST /api/reports as multipart/form-data. Documents the form for OpenAPI; the fields are read
 * and checked by report-form.ts, which names the field and says what to fix in every refusal.
 */
export class ReportSubmissionDto {
  @ApiProperty({
    description: 'The ALTCHA payload the widget produced for a challenge from GET /api/reports/challenge',
  })
  altcha!: string;
  @ApiProperty({ enum: REPORTED_PLATFORMS }) platform!: ReportedPlatform;
  @ApiPropertyOptional({
    maxLength: REPORT_LIMITS.linkMax,
    description: 'http(s) address of the post, if there is one',
  })
  link?: string;
  @ApiProperty({ minLength: 10, maxLength: REPORT_LIMITS.descriptionMax }) description!: string;
  @ApiProperty({ description: 'YYYY-MM-DD or YYYY-MM-DDTHH:MM, not in the future' }) happenedAt!: string;
  @ApiPropertyOptional({ maxLength: REPORT_LIMITS.involvedMax, description: 'who is involved' }) involved?: string;
  @ApiPropertyOptional({ maxLength: REPORT_LIMITS.emailMax }) reporterEmail?: string;
  @ApiPropertyOptional({ description: 'true when reporterEmail is given' }) consentToContact?: string;
  @ApiProperty({ enum: REPORTER_TYPES }) reporterType!: ReporterType;
  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', format: 'binary' },
    maxItems: REPORT_LIMITS.screenshotsMax,
    description: 'PNG, JPEG or WebP, at most 5 MB each; re-encoded without metadata',
  })
  screenshots?: unknown[];
}

export class ReportReceiptDto implements ReportReceipt {
  @ApiProperty({ example: 'R-4K7M-9QX2' }) reference!: string;
  @ApiProperty({ description: 'Whether the acknowledgement was e-mailed to the address given' }) emailed!: boolean;
}

export class ChallengeDto {
  @ApiProperty({ description: 'algorithm, nonce, salt, cost, keyPrefix, expiresAt, …' }) parameters!: object;
  @ApiPropertyOptional() signature?: string;
}

const SNIFFED_MIME = 'What the bytes are, sniffed, not what the browser said';

/** A stored screenshot as evidence: what its hash covers (a case's snapshot lists these). */
export class EvidenceScreenshotDto implements EvidenceScreenshot {
  @ApiProperty() id!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ description: SNIFFED_MIME, example: 'image/png' })
  mime!: string;
  @ApiProperty({ description: 'In pixels, as stored (re-encoded without metadata)' }) width!: number;
  @ApiProperty({ description: 'In pixels' }) height!: number;
  @ApiProperty({ description: 'Size of the stored file' }) bytes!: number;
  @ApiProperty({ description: 'Hex SHA-256 of the stored bytes; the download sends it as X-Content-SHA256' })
  sha256!: string;
}

export class ReportScreenshotViewDto extends EvidenceScreenshotDto implements ReportScreenshotView {
  @ApiProperty({ enum: SCREENSHOT_TYPES, description: SNIFFED_MIME })
  declare mime: ScreenshotType;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Text read from the image; null until it is read, or when OCR is off or could not read it',
  })
  ocrText!: string | null;
}

export class ReportViewDto implements ReportView {
  @ApiProperty() reference!: string;
  @ApiProperty() mentionId!: string;
  @ApiProperty({ enum: REPORTED_PLATFORMS }) platform!: ReportedPlatform;
  @ApiProperty({ type: String, nullable: true }) link!: string | null;
  @ApiProperty() happenedAt!: string;
  @ApiProperty({ type: String, nullable: true }) involved!: string | null;
  @ApiProperty({ enum: REPORTER_TYPES }) reporterType!: ReporterType;
  @ApiProperty({ type: String, nullable: true }) reporterEmail!: string | null;
  @ApiProperty() consentToContact!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) contactDeletedAt!: string | null;
  @ApiProperty({ enum: ['pending', 'done', 'failed', 'off'] }) ocrStatus!: ReportView['ocrStatus'];
  @ApiProperty({ type: String, nullable: true }) linkedMentionId!: string | null;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ type: ReportScreenshotViewDto, isArray: true }) screenshots!: ReportScreenshotViewDto[];
}

export class LinkReportDto implements LinkReportRequest {
  @ApiProperty({ description: 'The mention this report is about' })
  @Matches(/^[1-9][0-9]{0,17}$/, { message: 'mentionId must be the id of a mention (a positive whole number)' })
  mentionId!: string;
}
