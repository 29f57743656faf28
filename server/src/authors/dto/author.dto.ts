import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AccountReportRequest,
  type AccountReportView,
  type AuthorMention,
  type AuthorNote,
  type AuthorIdView,
  type AuthorProfile,
  CATEGORY_CODES,
  type CategoryCode,
  type ImpersonationVerdict,
  type WatchRequest,
} from '@ou-listening/shared';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { RequiredText } from '../../common/required-text.js';
import { OneOf } from '../../common/one-of.js';

/** Every mentions.platform a person can be an author on (a public report has no platform account). */
export const AUTHOR_PLATFORMS = ['x', 'mastodon', 'bluesky', 'reddit', 'youtube', 'rss', 'facebook', 'instagram'];

export class CategoryCountDto {
  @ApiProperty({ enum: CATEGORY_CODES }) category!: CategoryCode;
  @ApiProperty() count!: number;
}

export class AuthorMentionDto implements AuthorMention {
  @ApiProperty() id!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ format: 'date-time' }) postedAt!: string;
  @ApiProperty({ enum: CATEGORY_CODES, isArray: true }) categories!: CategoryCode[];
  @ApiProperty() onOwnAccount!: boolean;
}

/** Who wrote something on an author's profile (their name, when known) and when. */
class WrittenByDto {
  @ApiProperty({ type: String, nullable: true }) by!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class AuthorNoteDto extends WrittenByDto implements AuthorNote {
  @ApiProperty() mentionId!: string;
  @ApiProperty() body!: string;
}

export class ImpersonationDto implements ImpersonationVerdict {
  @ApiProperty({ enum: ['5.2'] }) policy!: '5.2';
  @ApiProperty({ enum: ['OU', 'OUSA'] }) presentsAs!: 'OU' | 'OUSA';
  @ApiProperty({ description: 'The name or handle that presents the account so' }) matched!: string;
}

export class AccountReportViewDto extends WrittenByDto implements AccountReportView {
  @ApiProperty() id!: string;
  @ApiProperty() reason!: string;
}

export class AuthorProfileDto implements AuthorProfile {
  @ApiProperty() platform!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null for managers' }) authorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) handle!: string | null;
  @ApiProperty({ type: String, nullable: true }) displayName!: string | null;
  @ApiProperty() total!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) firstSeen!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastSeen!: string | null;
  @ApiProperty({ type: CategoryCountDto, isArray: true }) byCategory!: CategoryCountDto[];
  @ApiProperty({ type: AuthorMentionDto, isArray: true }) mentions!: AuthorMentionDto[];
  @ApiProperty({ type: AuthorNoteDto, isArray: true }) notes!: AuthorNoteDto[];
  @ApiProperty() watched!: boolean;
  @ApiProperty({ type: ImpersonationDto, nullable: true }) impersonation!: ImpersonationDto | null;
  @ApiProperty({ type: AccountReportViewDto, isArray: true }) reports!: AccountReportViewDto[];
  @ApiProperty({ type: String, nullable: true }) reportUrl!: string | null;
  @ApiProperty({ description: 'false for managers, who see counts only' }) detailed!: boolean;
}

/** A handle or platform id naming an author in a route: 1 to 200 characters. */
function AuthorKey(): PropertyDecorator {
  return (target, field) =>
    applyDecorators(
      ApiProperty({ maxLength: 200 }),
      IsString(),
      MinLength(1),
      MaxLength(200, { message: `${String(field)} must be at most 200 characters` }),
    )(target, field);
}

/** An author's platform in a route: one a person can be an author on. */
export class AuthorPlatformParamDto {
  @OneOf(AUTHOR_PLATFORMS)
  platform!: string;
}

export class AuthorHandleParamsDto extends AuthorPlatformParamDto {
  @AuthorKey()
  handle!: string;
}

export class AuthorIdDto implements AuthorIdView {
  @ApiProperty() platform!: string;
  @ApiProperty() authorId!: string;
}

export class AuthorParamsDto extends AuthorPlatformParamDto {
  @AuthorKey()
  authorId!: string;
}

export class WatchDto implements WatchRequest {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class AccountReportDto implements AccountReportRequest {
  @RequiredText(1000)
  reason!: string;
}

export class AccountReportResultDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true, description: "The platform's own place to report the account" })
  reportUrl!: string | null;
}

export class OfficialAccountDto {
  @OneOf(AUTHOR_PLATFORMS)
  platform!: string;

  @ApiProperty({ description: 'The handle, with or without @' })
  @IsString()
  @Matches(/^@?[A-Za-z0-9_.-]{1,100}$/, { message: 'handle must be the account handle (letters, digits, _ . -)' })
  handle!: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  label?: string;
}

export class OfficialAccountViewDto {
  @ApiProperty() platform!: string;
  @ApiProperty() handle!: string;
  @ApiProperty({ type: String, nullable: true }) label!: string | null;
}
