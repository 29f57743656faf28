import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AssignableUser,
  type BulkNotFound,
  type BulkResult,
  CATEGORY_CODES,
  type CategoryCode,
  type EscalateResult,
  ESCALATION_STATUSES,
  type EscalationStatus,
  type EscalationNoticeView,
  MARK_KINDS,
  type MarkKind,
  MENTION_STATUSES,
  type MentionConflict,
  type MentionDetail,
  type MentionHistoryEntry,
  type MentionListItem,
  type MentionMarkView,
  type MentionNote,
  type MentionPage,
  type MentionStatus,
  type PersonRef,
  type QueueSummary,
  type SafeguardingAlert,
  type SafeguardingContact,
  SEVERITIES,
  type Severity,
} from '@ou-listening/shared';
import {
  OwnAccountContextDto,
  PlatformActionViewDto,
  PlatformOptionsDto,
} from '../../platform-actions/dto/platform-action.dto.js';
import { CategoryResultDto } from '../../classify/dto/classify.dto.js';

export class PersonRefDto implements PersonRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

export class LatestMarkDto {
  @ApiProperty({ enum: MARK_KINDS }) mark!: MarkKind;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: PersonRefDto, nullable: true }) by!: PersonRefDto | null;
}

export class EscalationRefDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ESCALATION_STATUSES }) status!: EscalationStatus;
  @ApiProperty({ enum: SEVERITIES }) severity!: Severity;
}

export class MentionListItemDto implements MentionListItem {
  @ApiProperty() id!: string;
  @ApiProperty() platform!: string;
  @ApiProperty() externalId!: string;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ type: String, nullable: true }) authorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) authorHandle!: string | null;
  @ApiProperty({ type: String, nullable: true }) authorName!: string | null;
  @ApiProperty({ description: 'Untrusted post text: render as text, never as HTML' }) text!: string;
  @ApiProperty({ type: String, nullable: true }) lang!: string | null;
  @ApiProperty({ format: 'date-time' }) postedAt!: string;
  @ApiProperty({ format: 'date-time' }) ingestedAt!: string;
  @ApiProperty() isDemo!: boolean;
  @ApiProperty({ enum: MENTION_STATUSES }) status!: MentionStatus;
  @ApiProperty() hidden!: boolean;
  @ApiProperty({ minimum: 0, maximum: 1 }) riskScore!: number;
  @ApiProperty({ enum: CATEGORY_CODES, nullable: true }) topCategory!: CategoryCode | null;
  @ApiProperty({ type: [CategoryResultDto], description: 'Highest score first' }) categories!: CategoryResultDto[];
  @ApiProperty({
    enum: CATEGORY_CODES,
    isArray: true,
    description: 'Categories the model was unsure about (under the threshold, over the second-look floor)',
  })
  secondLook!: CategoryCode[];
  @ApiProperty({ type: LatestMarkDto, nullable: true }) latestMark!: LatestMarkDto | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) assignee!: PersonRefDto | null;
  @ApiProperty() noteCount!: number;
  @ApiProperty({ type: EscalationRefDto, nullable: true, description: 'The latest escalation' })
  escalation!: EscalationRefDto | null;
  @ApiProperty({ description: "Left on the OU's own Facebook Page or Instagram account" }) onOwnAccount!: boolean;
  @ApiProperty({ type: OwnAccountContextDto, nullable: true, description: 'The post it was left on' })
  ownContext!: OwnAccountContextDto | null;
  @ApiProperty({ description: 'Hidden on the platform itself, as the platform last confirmed' })
  platformHidden!: boolean;
  @ApiProperty({ description: 'From an author on the watchlist: raised in the queue' })
  watchedAuthor!: boolean;
  @ApiProperty({
    enum: ['OU', 'OUSA'],
    nullable: true,
    description:
      'The author presents themself as the OU or the Students Association and is not an official account (policy 5.2)',
  })
  impersonation!: 'OU' | 'OUSA' | null;
  @ApiProperty({ description: 'Send back with every action (optimistic concurrency)' }) version!: number;
}

export class MentionPageDto implements MentionPage {
  @ApiProperty({ type: [MentionListItemDto] }) items!: MentionListItemDto[];
  @ApiProperty({ type: String, nullable: true, description: 'null on the last page' }) nextCursor!: string | null;
}

export class QueueSummaryDto implements QueueSummary {
  @ApiProperty() total!: number;
  @ApiProperty({
    type: 'object',
    properties: Object.fromEntries(CATEGORY_CODES.map((code) => [code, { type: 'integer' }])),
    description: 'Mentions in the queue with each category',
  })
  byCategory!: Record<CategoryCode, number>;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'null: every count is exact. Otherwise counting stopped early: a count above this means "more than this many"',
  })
  countLimit!: number | null;
  @ApiProperty({
    description:
      'true: a broad filter; total and each category count above countLimit are planner estimates, rounded ("about N")',
  })
  approximate!: boolean;
  @ApiProperty({ description: 'Ingested since the caller last marked the queue seen (all, if never)' })
  newSinceLastSeen!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastSeenAt!: string | null;
}

export class MentionNoteDto implements MentionNote {
  @ApiProperty() id!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: PersonRefDto, nullable: true }) author!: PersonRefDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class MentionMarkViewDto implements MentionMarkView {
  @ApiProperty({ enum: MARK_KINDS }) mark!: MarkKind;
  @ApiProperty({ enum: CATEGORY_CODES, isArray: true, nullable: true }) correctedCategories!: CategoryCode[] | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) by!: PersonRefDto | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class MentionHistoryEntryDto implements MentionHistoryEntry {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true }) actorEmail!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "the actor's user id" }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "the actor's display name" }) actorName!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "for an assignment, the assignee's display name" })
  assigneeName!: string | null;
  @ApiProperty({ example: 'mention.hide' }) action!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;
}

export class AuthorRecentDto implements Pick<
  MentionListItem,
  'id' | 'text' | 'postedAt' | 'topCategory' | 'riskScore' | 'status'
> {
  @ApiProperty() id!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date-time' }) postedAt!: string;
  @ApiProperty({ enum: CATEGORY_CODES, nullable: true }) topCategory!: CategoryCode | null;
  @ApiProperty() riskScore!: number;
  @ApiProperty({ enum: MENTION_STATUSES }) status!: MentionStatus;
}

export class EscalationNoticeDto implements EscalationNoticeView {
  @ApiProperty({ enum: ['discipline', 'safeguarding', 'managers'] }) audience!: EscalationNoticeView['audience'];
  @ApiProperty({ type: String, nullable: true, description: 'null: shown under the bell only' })
  recipient!: string | null;
  @ApiProperty({ enum: ['stored', 'queued', 'sent', 'failed'] }) delivery!: EscalationNoticeView['delivery'];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt!: string | null;
}

export class AssignableUserDto implements AssignableUser {
  @ApiProperty() id!: string;
  @ApiProperty() displayName!: string;
}

export class SafeguardingContactDto implements SafeguardingContact {
  @ApiProperty({ example: 'Safeguarding Referrals Team' }) name!: string;
  @ApiProperty({ example: '01908 654321' }) phone!: string;
  @ApiProperty({ example: 'safeguarding@open.ac.uk' }) email!: string;
}

export class SafeguardingAlertDto implements SafeguardingAlert {
  @ApiProperty({
    description: 'true: an urgent escalation e-mails the Safeguarding Referrals Team; false: the bell only',
  })
  emailed!: boolean;
}

export class MentionDetailDto extends MentionListItemDto implements MentionDetail {
  @ApiProperty({ type: [MentionHistoryEntryDto], description: 'Audit rows, oldest first' })
  history!: MentionHistoryEntryDto[];
  @ApiProperty({ type: [MentionNoteDto], description: 'Oldest first' }) notes!: MentionNoteDto[];
  @ApiProperty({ type: [MentionMarkViewDto], description: 'Newest first' }) marks!: MentionMarkViewDto[];
  @ApiProperty({ type: [AuthorRecentDto], description: "The author's other mentions, newest first (at most 10)" })
  authorRecent!: AuthorRecentDto[];
  @ApiProperty({ type: [PlatformActionViewDto], description: 'Requests to the platform, oldest first' })
  platformActions!: PlatformActionViewDto[];
  @ApiProperty({ type: PlatformOptionsDto, nullable: true, description: 'null when not on our own account' })
  platformOptions!: PlatformOptionsDto | null;
  @ApiProperty({ type: [EscalationNoticeDto], description: 'Who was told about the latest escalation, oldest first' })
  escalationNotices!: EscalationNoticeDto[];
}

export class EscalateResultDto implements EscalateResult {
  @ApiProperty({ type: MentionListItemDto }) mention!: MentionListItemDto;
  @ApiProperty() escalationId!: string;
}

export class BulkResultDto implements BulkResult {
  @ApiProperty() updated!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: "Each mention's version after the change (by id): what an undo of one of them must send",
  })
  versions!: Record<string, number>;
}

export class MentionConflictDto implements MentionConflict {
  @ApiProperty({ enum: [409] }) statusCode!: 409;
  @ApiProperty({ enum: ['Conflict'] }) error!: 'Conflict';
  @ApiProperty() message!: string;
  @ApiProperty({ type: MentionListItemDto }) current!: MentionListItemDto;
}

export class BulkNotFoundDto implements BulkNotFound {
  @ApiProperty({ enum: [404] }) statusCode!: 404;
  @ApiProperty({ enum: ['Not Found'] }) error!: 'Not Found';
  @ApiProperty() message!: string;
  @ApiPropertyOptional({ type: [String], description: 'The ids that do not exist; nothing was changed' })
  missing!: string[];
}
