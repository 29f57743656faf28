import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditEntryView, AuditPage, AuditVerification } from '@ou-listening/shared';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { OptionalRowId } from '../../common/optional-row-id.js';
import { PageLimit } from '../../common/page-limit.js';

export class AuditExportQueryDto {
  @ApiPropertyOptional({ description: 'Actor id, email or display name' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  actor?: string;

  @ApiPropertyOptional({ example: 'auth.login_failed' })
  @IsOptional()
  @Matches(/^[a-z_]+(\.[a-z_]+)*$/, { message: 'action must look like auth.login or user.update' })
  action?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be a date (ISO 8601)' })
  from?: Date;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be a date (ISO 8601)' })
  to?: Date;
}

export class AuditQueryDto extends AuditExportQueryDto {
  @OptionalRowId('nextCursor from the previous page', 'cursor must be the nextCursor of a previous page')
  cursor?: string;

  @PageLimit()
  limit?: number;
}

export class AuditRowDto implements AuditEntryView {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ nullable: true, type: String }) actorEmail!: string | null;
  @ApiProperty({ nullable: true, type: String }) actorName!: string | null;
  @ApiProperty() action!: string;
  @ApiProperty({ nullable: true, type: String }) targetType!: string | null;
  @ApiProperty({ nullable: true, type: String }) targetId!: string | null;
  @ApiProperty({ nullable: true, type: String }) targetName!: string | null;
  @ApiProperty({ type: Object }) details!: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: String }) ip!: string | null;
  @ApiProperty() hash!: string;
}

export class AuditPageDto implements AuditPage {
  @ApiProperty({ type: [AuditRowDto] }) items!: AuditRowDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class AuditVerificationDto implements AuditVerification {
  @ApiProperty() ok!: boolean;
  @ApiProperty() rows!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) checkpointAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) firstBadId!: string | null;
  @ApiProperty() message!: string;
  @ApiProperty({ format: 'date-time' }) checkedAt!: string;
}
