import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  INGEST_RUN_STATUSES,
  type IngestRunStatus,
  type IngestRunView,
  type PlatformFilterOption,
  type PlatformQuota,
  type PlatformSetting,
  type PlatformStatus,
  SOURCE_KINDS,
  type SourceHealth,
  type SourceKind,
  type SourceState,
  type SourceView,
  type UpdateSourceRequest,
} from '@ou-listening/shared';
import { IsBoolean, IsIn, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { OptionalNotNull } from '../../common/optional-not-null.js';
import { OptionalRowId } from '../../common/optional-row-id.js';
import { PageLimit } from '../../common/page-limit.js';
import { NOT_BLANK } from '../../common/required-text.js';

const SOURCE_STATES: SourceState[] = ['active', 'disabled', 'not_configured', 'demo_off', 'rate_limited'];

export class UpdateSourceDto implements UpdateSourceRequest {
  @ApiPropertyOptional({ description: 'Poll this source' })
  @OptionalNotNull()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ minimum: 10, maximum: 86_400, description: 'Seconds between polls' })
  @OptionalNotNull()
  @IsInt()
  @Min(10)
  @Max(86_400)
  pollIntervalSeconds?: number;
}

export class CreateSourceDto {
  @ApiProperty({ enum: SOURCE_KINDS })
  @IsIn(SOURCE_KINDS)
  kind!: SourceKind;

  @ApiProperty({ example: 'X (second account)' })
  @IsString()
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @ApiPropertyOptional({ default: true })
  @OptionalNotNull()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ minimum: 10, maximum: 86_400, default: 300 })
  @OptionalNotNull()
  @IsInt()
  @Min(10)
  @Max(86_400)
  pollIntervalSeconds?: number;
}

export class ListRunsQueryDto {
  @OptionalRowId('Only this source', 'sourceId must be a source id')
  sourceId?: string;

  @PageLimit()
  limit?: number;
}

export class SourceHealthDto implements SourceHealth {
  @ApiProperty({ enum: SOURCE_STATES }) state!: SourceState;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastRunAt!: string | null;
  @ApiProperty({ nullable: true, enum: INGEST_RUN_STATUSES }) lastRunStatus!: IngestRunStatus | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastSuccessAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastErrorAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) nextPollAt!: string | null;
}

export class SourceViewDto implements SourceView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: SOURCE_KINDS }) kind!: SourceKind;
  @ApiProperty() name!: string;
  @ApiProperty() enabled!: boolean;
  @ApiProperty() pollIntervalSeconds!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) retryAt!: string | null;
  @ApiProperty() isDemo!: boolean;
  @ApiProperty({ type: SourceHealthDto }) health!: SourceHealthDto;
}

export class IngestRunViewDto implements IngestRunView {
  @ApiProperty() id!: string;
  @ApiProperty() sourceId!: string;
  @ApiProperty() sourceName!: string;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) finishedAt!: string | null;
  @ApiProperty({ enum: INGEST_RUN_STATUSES }) status!: IngestRunStatus;
  @ApiProperty() fetched!: number;
  @ApiProperty() inserted!: number;
  @ApiProperty() duplicates!: number;
  @ApiProperty() quarantined!: number;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) retryAt!: string | null;
}

export class PlatformSettingDto implements PlatformSetting {
  @ApiProperty({ example: 'BLUESKY_APP_PASSWORD', description: 'The variable name; its value is never sent' })
  name!: string;
  @ApiProperty() set!: boolean;
  @ApiProperty() secret!: boolean;
  @ApiProperty() required!: boolean;
}

export class PlatformQuotaDto implements PlatformQuota {
  @ApiProperty() used!: number;
  @ApiProperty() limit!: number;
  @ApiProperty({ format: 'date-time' }) resetsAt!: string;
}

export class PlatformSourceDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ enum: SOURCE_STATES }) state!: SourceState;
}

export class PlatformStatusDto implements PlatformStatus {
  @ApiProperty({ enum: SOURCE_KINDS }) kind!: SourceKind;
  @ApiProperty() label!: string;
  @ApiProperty({ description: 'This server has a connector for the platform' }) supported!: boolean;
  @ApiProperty() configured!: boolean;
  @ApiProperty({ type: [String], description: 'Required variables that are not set (names only)' }) missing!: string[];
  @ApiProperty({ description: 'Any one of the missing variables would do' }) missingOneOf!: boolean;
  @ApiProperty({ type: [PlatformSettingDto] }) settings!: PlatformSettingDto[];
  @ApiProperty({ type: [PlatformSourceDto] }) sources!: PlatformSourceDto[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) retryAt!: string | null;
  @ApiProperty({ nullable: true, type: PlatformQuotaDto }) quota!: PlatformQuotaDto | null;
  @ApiProperty({ type: [IngestRunViewDto] }) recentRuns!: IngestRunViewDto[];
  @ApiProperty() mentions!: number;
}

export class PlatformFilterOptionDto implements PlatformFilterOption {
  @ApiProperty({ example: 'bluesky' }) platform!: string;
  @ApiProperty({ example: 'Bluesky' }) label!: string;
  @ApiProperty() configured!: boolean;
  @ApiProperty() mentions!: number;
}
