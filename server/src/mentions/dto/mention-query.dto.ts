import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  CATEGORY_CODES,
  type CategoryCode,
  MENTION_STATUSES,
  type MentionStatus,
  PLATFORM_CODES,
  SEARCH_MAX_LENGTH,
  TOP_CATEGORY_FILTERS,
  type TopCategoryFilter,
} from '@ou-listening/shared';
import { Transform, type TransformFnParams, Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { AssigneeFilter } from '../../common/assignee-filter.js';
import { QueryFlag } from '../../common/query-flag.js';
import { OptionalOneOf, EachOneOf } from '../../common/one-of.js';

export const QUEUE_SORTS = ['risk', 'newest'] as const;
export type QueueSortParam = (typeof QUEUE_SORTS)[number];
export const MAX_PAGE_SIZE = 100;

/** `?status=new,reviewed` and `?status=new&status=reviewed` both give ['new', 'reviewed']; empty means not given. */
function commaList({ value }: TransformFnParams): unknown {
  const parts = (Array.isArray(value) ? (value as unknown[]) : [value])
    .flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]))
    .map((v) => (typeof v === 'string' ? v.trim() : v))
    .filter((v) => v !== '');
  return parts.length === 0 ? undefined : parts;
}

/**
 * Scores are stored as real, good to about six digits, so a finer threshold means nothing; and
 * PostgreSQL refuses a real below 1e-38 (`minScore=1e-50` was a 500).
 */
function scoreThreshold({ value }: TransformFnParams): unknown {
  const score = typeof value === 'string' ? Number(value) : value;
  return typeof score === 'number' ? Math.round(score * 1e6) / 1e6 : value;
}

const ISO_DATE = { strict: true } as const;
const dateMessage = (name: string) => `${name} must be an ISO 8601 date, such as 2025-01-31 or 2025-01-31T09:00:00Z`;

/** A text filter given at most once (`?q=a&q=b` is a 400, not an array), up to `maxLength` characters. */
function OneValue(maxLength: number, doc: ApiPropertyOptions): PropertyDecorator {
  return (target, field) =>
    applyDecorators(
      ApiPropertyOptional(doc),
      IsOptional(),
      IsString({ message: `${String(field)} must be given once` }),
      MaxLength(maxLength),
    )(target, field);
}

/** The queue's filters, shared by the list and the summary. */
export class QueueFilterDto {
  @ApiPropertyOptional({
    enum: CATEGORY_CODES,
    isArray: true,
    description:
      'Any of; comma-separated or repeated. The summary counts each category whatever this says; its total follows it',
  })
  @IsOptional()
  @Transform(commaList)
  @EachOneOf(CATEGORY_CODES)
  category?: CategoryCode[];

  @ApiPropertyOptional({
    enum: MENTION_STATUSES,
    isArray: true,
    description:
      'Comma-separated or repeated. Default: new and reviewed, what still needs a decision (dismissed, escalated and hidden mentions leave the queue)',
  })
  @IsOptional()
  @Transform(commaList)
  @EachOneOf(MENTION_STATUSES)
  status?: MentionStatus[];

  // Given once (a repeated platform is not a list here), and one the product knows.
  @OneValue(40, { example: 'x', enum: PLATFORM_CODES })
  @IsIn(PLATFORM_CODES, { message: `platform must be one of ${PLATFORM_CODES.join(', ')}` })
  platform?: string;

  @OneValue(SEARCH_MAX_LENGTH, { description: 'Full-text search over the text and the author (web search syntax)' })
  q?: string;

  @ApiPropertyOptional({
    description: 'posted at or after (ISO 8601; a bare date is the start of that UK day, GMT or BST)',
    example: '2025-01-01',
  })
  @IsOptional()
  @IsISO8601(ISO_DATE, { message: dateMessage('from') })
  from?: string;

  @ApiPropertyOptional({ description: 'posted at or before (ISO 8601; a bare date includes that whole UK day)' })
  @IsOptional()
  @IsISO8601(ISO_DATE, { message: dateMessage('to') })
  to?: string;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 1,
    description: "With category: a chosen category's score is at least this; without: the risk score is",
  })
  @IsOptional()
  @Transform(scoreThreshold)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'minScore must be a number between 0 and 1' })
  @Min(0, { message: 'minScore must be a number between 0 and 1' })
  @Max(1, { message: 'minScore must be a number between 0 and 1' })
  minScore?: number;

  @AssigneeFilter()
  assignee?: string;

  @QueryFlag({
    description:
      'true: only mentions the model was unsure about: near a threshold, or a possible safeguarding or threat risk (the Second look view)',
  })
  secondLook?: boolean;

  @QueryFlag({ description: "true: only comments left on the OU's own Facebook Page or Instagram account" })
  ownAccount?: boolean;

  @QueryFlag({ description: 'true: only mentions from authors on the watchlist' })
  watchedAuthor?: boolean;

  @QueryFlag({
    description: 'true: only mentions from accounts presenting themselves as the OU or the Students Association (5.2)',
  })
  impersonation?: boolean;

  @OptionalOneOf(TOP_CATEGORY_FILTERS, {
    description: "The mention's top category, as Trends counts it: a category, none (not flagged) or any (flagged)",
  })
  topCategory?: TopCategoryFilter;

  @OneValue(200, { description: "Exactly this author handle (from Trends' top authors)" })
  author?: string;
}

export class QueueSummaryQueryDto extends QueueFilterDto {}

export class MentionListQueryDto extends QueueFilterDto {
  @OptionalOneOf(QUEUE_SORTS, {
    default: 'risk',
    description: 'risk: new safeguarding mentions first, then by risk score; newest: by posted time',
  })
  sort?: QueueSortParam;

  @ApiPropertyOptional({ description: 'nextCursor from the previous page (opaque)' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,400}$/, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
  @Min(1, { message: `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
  limit?: number;
}
