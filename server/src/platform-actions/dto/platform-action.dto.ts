import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type OwnAccountContext,
  type ParentPost,
  PLATFORM_ACTION_KINDS,
  PLATFORM_ACTION_STATUSES,
  type PlatformActionKind,
  type PlatformActionStatus,
  type PlatformActionView,
  type PlatformOptions,
} from '@ou-listening/shared';

export class ParentPostDto implements ParentPost {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ description: 'Our own post, as the platform gave it (may be cut short)' }) text!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) postedAt!: string | null;
}

export class OwnAccountContextDto implements OwnAccountContext {
  @ApiProperty({ type: ParentPostDto, nullable: true }) parentPost!: ParentPostDto | null;
  @ApiProperty({ description: 'The platform allows hiding this comment' }) canHide!: boolean;
  @ApiProperty({ description: 'The platform allows replying to this comment' }) canReply!: boolean;
}

export class PlatformActionViewDto implements PlatformActionView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: PLATFORM_ACTION_KINDS }) kind!: PlatformActionKind;
  @ApiProperty() platform!: string;
  @ApiProperty({ enum: PLATFORM_ACTION_STATUSES }) status!: PlatformActionStatus;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextAttemptAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ type: String, nullable: true }) text!: string | null;
  @ApiProperty({ type: String, nullable: true }) resultUrl!: string | null;
  @ApiProperty({ type: String, nullable: true }) requestedBy!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) settledAt!: string | null;
}

export class PlatformOptionDto {
  @ApiProperty() offered!: boolean;
  @ApiPropertyOptional({ description: 'Why it is not offered' }) reason?: string;
}

export class PlatformOptionsDto implements PlatformOptions {
  @ApiProperty() platformLabel!: string;
  @ApiProperty({ type: PlatformOptionDto }) hide!: PlatformOptions['hide'];
  @ApiProperty({ type: PlatformOptionDto }) reply!: PlatformOptions['reply'];
  @ApiProperty({ type: PlatformOptionDto }) block!: PlatformOptions['block'];
  @ApiProperty() authorBlocked!: boolean;
}
