import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import {
  CATEGORY_CODES,
  type CaseClock,
  type CaseTarget,
  type CaseTimelineEntry,
  type CaseTimelineKind,
  type CategoryCode,
  type EscalationDetail,
  type EvidenceReport,
  type EvidenceSnapshot,
  MENTION_STATUSES,
  type MentionNote,
  type MentionStatus,
  type ReopenEscalationRequest,
  ESCALATION_OUTCOMES,
  ESCALATION_STATUSES,
  type EscalationOutcome,
  type EscalationStatus,
  type EscalationSummary,
  type PersonRef,
  SEVERITIES,
  type Severity,
  type UpdateEscalationRequest,
} from '@ou-listening/shared';
import { Transform, Type } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { AssigneeFilter } from '../../common/assignee-filter.js';
import { OptionalNotNull } from '../../common/optional-not-null.js';
import { PageLimit } from '../../common/page-limit.js';
import { OneOf, EachOneOf } from '../../common/one-of.js';
import { CategoryResultDto } from '../../classify/dto/classify.dto.js';
import { MentionNoteDto, PersonRefDto } from '../../mentions/dto/mention.dto.js';
import { EvidenceScreenshotDto } from '../../reports/dto/report.dto.js';
import { NOT_BLANK } from '../../common/required-text.js';

const list = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;

export class EscalationQueryDto {
  @ApiPropertyOptional({ description: 'Comma-separated', example: 'open,acknowledged' })
  @IsOptional()
  @Transform(list)
  @EachOneOf(ESCALATION_STATUSES)
  status?: EscalationStatus[];

  @ApiPropertyOptional({ description: 'Comma-separated', example: 'urgent,high' })
  @IsOptional()
  @Transform(list)
  @EachOneOf(SEVERITIES)
  severity?: Severity[];

  @AssigneeFilter()
  assignee?: string;

  @PageLimit()
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  offset?: number;
}

export class UpdateEscalationDto implements UpdateEscalationRequest {
  @OptionalNotNull()
  @OneOf(ESCALATION_STATUSES, { required: false })
  status?: EscalationStatus;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsUUID('4', { message: 'assigneeId must be a user id or null' })
  assigneeId?: string | null;

  @OptionalNotNull()
  @OneOf(ESCALATION_OUTCOMES, { required: false })
  outcome?: EscalationOutcome;

  @ApiPropertyOptional({ maxLength: 5000 })
  @OptionalNotNull()
  @IsString()
  @MaxLength(5000)
  outcomeNote?: string;

  @ApiProperty({ description: 'The version you last saw; a stale one is refused with 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class EscalationNoteDto {
  @ApiProperty({ minLength: 1, maxLength: 5000 })
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(5000)
  @Matches(NOT_BLANK, { message: 'body must not be blank' })
  body!: string;
}

export class ReopenEscalationDto implements ReopenEscalationRequest {
  @ApiProperty({ minLength: 1, maxLength: 2000, description: 'Why the case is reopened; kept in the audit log' })
  @IsString()
  @MaxLength(2000)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  reason!: string;

  @ApiProperty({ description: 'The version you last saw; a stale one is refused with 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class EscalationSummaryDto implements EscalationSummary {
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String }) mentionId!: string | null;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: SEVERITIES }) severity!: Severity;
  @ApiProperty({ enum: ESCALATION_STATUSES }) status!: EscalationStatus;
  @ApiProperty({ enum: CATEGORY_CODES, isArray: true }) categories!: CategoryCode[];
  @ApiProperty({ nullable: true, type: PersonRefDto }) raisedBy!: PersonRef | null;
  @ApiProperty({ nullable: true, type: PersonRefDto }) assignee!: PersonRef | null;
  @ApiProperty({ nullable: true, enum: ESCALATION_OUTCOMES }) outcome!: EscalationOutcome | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) reopenedAt!: string | null;
  @ApiProperty({ type: () => CaseClockDto }) clock!: CaseClock;
  @ApiProperty() version!: number;
}

export class CaseTargetDto implements CaseTarget {
  @ApiProperty() amount!: number;
  @ApiProperty({ enum: ['hours', 'working_days'] }) unit!: 'hours' | 'working_days';
}

export class CaseClockDto implements CaseClock {
  @ApiProperty({ type: CaseTargetDto }) target!: CaseTarget;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) acknowledgedAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) secondsToAcknowledge!: number | null;
  @ApiProperty() ageSeconds!: number;
  @ApiProperty() overdue!: boolean;
}

export class CaseTimelineEntryDto implements CaseTimelineEntry {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() kind!: CaseTimelineKind;
  @ApiProperty({ nullable: true, type: PersonRefDto }) actor!: PersonRef | null;
  @ApiProperty() text!: string;
  @ApiProperty({ nullable: true, type: String }) detail!: string | null;
}

/** A category as the model scored it when the case was raised, with the model that did. */
class SnapshotClassificationDto extends PickType(CategoryResultDto, ['category', 'score', 'evidence'] as const) {
  @ApiProperty() modelVersion!: string;
}

class CapturedByDto {
  @ApiProperty({ nullable: true, type: String }) id!: string | null;
  @ApiProperty() email!: string;
}

class EvidenceReportDto implements EvidenceReport {
  @ApiProperty() reference!: string;
  @ApiProperty() platform!: string;
  @ApiProperty({ nullable: true, type: String }) link!: string | null;
  @ApiProperty({ format: 'date-time' }) happenedAt!: string;
  @ApiProperty({ nullable: true, type: String }) involved!: string | null;
  @ApiProperty() reporterType!: string;
}

/** The post as captured when the case was raised: what the evidence hash covers. */
export class EvidenceSnapshotDto implements EvidenceSnapshot {
  @ApiProperty() platform!: string;
  @ApiProperty() externalId!: string;
  @ApiProperty({ nullable: true, type: String }) url!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ nullable: true, type: String }) authorId!: string | null;
  @ApiProperty({ nullable: true, type: String }) authorHandle!: string | null;
  @ApiProperty({ nullable: true, type: String }) authorName!: string | null;
  @ApiProperty({ format: 'date-time' }) postedAt!: string;
  @ApiProperty({ type: [SnapshotClassificationDto] }) classifications!: SnapshotClassificationDto[];
  @ApiProperty({ format: 'date-time' }) capturedAt!: string;
  @ApiProperty({ type: CapturedByDto }) capturedBy!: CapturedByDto;
  @ApiPropertyOptional({ type: EvidenceReportDto, description: 'A public report: where and when, never who' })
  report?: EvidenceReport;
  @ApiPropertyOptional({ type: [EvidenceScreenshotDto], description: "The report's screenshots, by hash" })
  screenshots?: EvidenceScreenshotDto[];
}

class CaseMentionStateDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: MENTION_STATUSES }) status!: MentionStatus;
  @ApiProperty() hidden!: boolean;
}

export class EscalationDetailDto extends EscalationSummaryDto implements EscalationDetail {
  @ApiProperty({ nullable: true, type: String }) outcomeNote!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt!: string | null;
  @ApiProperty() legalHold!: boolean;
  @ApiProperty({ type: EvidenceSnapshotDto }) evidence!: EvidenceSnapshot;
  @ApiProperty({ description: 'SHA-256 of the canonical JSON of `evidence`, taken when the case was raised' })
  evidenceSha256!: string;
  @ApiProperty({ description: 'false: the stored evidence no longer matches its hash (altered after capture)' })
  evidenceVerified!: boolean;
  @ApiProperty({ type: [MentionNoteDto] }) notes!: MentionNote[];
  @ApiProperty({
    nullable: true,
    type: CaseMentionStateDto,
    description: 'How the mention stands now; null when it was deleted (the evidence is kept under legal hold)',
  })
  mention!: EscalationDetail['mention'];
}
