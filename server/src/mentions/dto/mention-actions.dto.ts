import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AssignRequest,
  type BlockRequest,
  CATEGORY_CODES,
  type CategoryCode,
  type EscalateRequest,
  type HideRequest,
  MARK_KINDS,
  type MarkKind,
  type MarkRequest,
  BLOCK_REASON_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  type NoteRequest,
  REPLY_MAX_LENGTH,
  type ReplyRequest,
  SEVERITIES,
  type Severity,
  type UnhideRequest,
  type UnmarkRequest,
} from '@ou-listening/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  Validate,
  ValidateIf,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { OptionalNotNull } from '../../common/optional-not-null.js';
import { NOT_BLANK, RequiredText } from '../../common/required-text.js';
import { OneOf, EachOneOf } from '../../common/one-of.js';

/** A mention id as the API writes it: the bigint as a string. */
export const MENTION_ID = /^[1-9][0-9]{0,17}$/;
export const MAX_BULK = 500;

class VersionedDto {
  @ApiProperty({ description: 'The version the caller saw; a stale one is a 409 with the current state' })
  @IsInt({ message: 'version must be the whole number from the mention' })
  @Min(1, { message: 'version must be the whole number from the mention' })
  version!: number;
}

export class HideDto extends VersionedDto implements HideRequest {
  @RequiredText(500)
  reason!: string;

  @ApiPropertyOptional({
    description: 'Hide it on Facebook/Instagram too; only where the detail offers it (platformOptions.hide)',
  })
  @OptionalNotNull()
  @IsBoolean({ message: 'onPlatform must be true or false' })
  onPlatform?: boolean;
}

export class UnhideDto extends VersionedDto implements UnhideRequest {}

export class UnmarkDto extends VersionedDto implements UnmarkRequest {}

export class EscalateDto extends VersionedDto implements EscalateRequest {
  @RequiredText(2000)
  reason!: string;

  @OneOf(SEVERITIES)
  severity!: Severity;
}

export class MarkDto extends VersionedDto implements MarkRequest {
  @OneOf(MARK_KINDS)
  mark!: MarkKind;

  @ApiPropertyOptional({
    enum: CATEGORY_CODES,
    isArray: true,
    description: 'The categories that really apply (empty: none do); stored for retraining',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(CATEGORY_CODES.length)
  @EachOneOf(CATEGORY_CODES)
  categories?: CategoryCode[];

  @ApiPropertyOptional({ maxLength: NOTE_MAX_LENGTH })
  @OptionalNotNull()
  @IsString()
  @MaxLength(NOTE_MAX_LENGTH)
  note?: string;
}

export class AssignDto implements AssignRequest {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null unassigns' })
  @ValidateIf((o: AssignDto) => o.userId !== null)
  @IsUUID('all', { message: 'userId must be a user id, or null to unassign' })
  userId!: string | null;
}

export class NoteDto implements NoteRequest {
  @RequiredText(NOTE_MAX_LENGTH)
  body!: string;
}

/** unhide and unmark undo a bulk hide or mark, with the versions it answered with. */
export const BULK_ACTIONS = ['hide', 'mark', 'assign', 'unhide', 'unmark'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/**
 * The wire form of BulkRequest (a union the validator cannot express): each action's fields are
 * checked here when that action is chosen; the service rejects fields that belong to another action.
 */
/** `versions`: at most MAX_BULK entries, each a mention id to a whole version number. */
@ValidatorConstraint({ name: 'versionsById' })
class VersionsByIdConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'object' || value === null) return false;
    const entries = Object.entries(value);
    return (
      entries.length <= MAX_BULK &&
      entries.every(([id, version]) => MENTION_ID.test(id) && Number.isInteger(version) && (version as number) >= 0)
    );
  }
  defaultMessage(): string {
    return 'versions must map each mention id to its version, a whole number';
  }
}

export class BulkDto {
  @ApiProperty({ type: [String], minItems: 1, maxItems: MAX_BULK })
  @IsArray()
  @ArrayMinSize(1, { message: 'ids must name at least one mention' })
  @ArrayMaxSize(MAX_BULK, { message: `ids may name at most ${MAX_BULK} mentions` })
  @Matches(MENTION_ID, { each: true, message: 'each of ids must be a mention id' })
  ids!: string[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'The version of each mention as it was when ticked (by id): any other, and nothing changes (409)',
  })
  @OptionalNotNull()
  @IsObject({ message: 'versions must be an object of mention id to version' })
  @Validate(VersionsByIdConstraint)
  versions?: Record<string, number>;

  @OneOf(BULK_ACTIONS)
  action!: BulkAction;

  @ApiPropertyOptional({ description: 'hide: required', maxLength: 500 })
  @ValidateIf((o: BulkDto) => o.action === 'hide' || o.reason !== undefined)
  @IsString({ message: 'reason is required' })
  @MaxLength(500)
  @Matches(NOT_BLANK, { message: 'reason is required' })
  reason?: string;

  @ValidateIf((o: BulkDto) => o.action === 'mark' || o.mark !== undefined)
  @OneOf(MARK_KINDS, { required: false, description: 'mark: required' })
  mark?: MarkKind;

  @ApiPropertyOptional({ description: 'mark: optional', maxLength: NOTE_MAX_LENGTH })
  @OptionalNotNull()
  @IsString()
  @MaxLength(NOTE_MAX_LENGTH)
  note?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'assign: required (null unassigns)',
  })
  @ValidateIf(
    (o: BulkDto) => (o.action === 'assign' && o.userId !== null) || (o.action !== 'assign' && o.userId !== undefined),
  )
  @IsUUID('all', { message: 'userId must be a user id, or null to unassign' })
  userId?: string | null;
}

export class ReplyDto extends VersionedDto implements ReplyRequest {
  @RequiredText(REPLY_MAX_LENGTH, 'Posted publicly as the OU, under the comment')
  text!: string;
}

export class BlockDto implements BlockRequest {
  @RequiredText(BLOCK_REASON_MAX_LENGTH)
  reason!: string;
}
