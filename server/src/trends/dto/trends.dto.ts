import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CATEGORY_CODES,
  type CategoryCode,
  type EscalationBucket,
  type EscalationSeries,
  EXPORT_DATASETS,
  type ExportDataset,
  type PeriodSummary,
  type PlatformShare,
  SPIKE_WINDOWS,
  type SpikeAlertList,
  type SpikeAlertView,
  type SpikeWindow,
  type TimeToFirstAction,
  TOP_DIMENSIONS,
  type TopDimension,
  type TopEntry,
  type TopList,
  TREND_GROUP_BYS,
  TREND_INTERVALS,
  type TrendGroupBy,
  type TrendInterval,
  type TrendRange,
  type TrendsSummary,
  type VolumeBucket,
  type VolumeQuery,
  type VolumeSeries,
} from '@ou-listening/shared';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { QueryFlag } from '../../common/query-flag.js';
import { OneOf, OptionalOneOf } from '../../common/one-of.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** How many entries of a top list: a whole number from 1 to 50, documented with its default. */
function TopLimit(doc: { default: number; description?: string }): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ ...doc, minimum: 1, maximum: 50 }),
    IsOptional(),
    Type(() => Number),
    IsInt({ message: 'limit must be a whole number' }),
    Min(1),
    Max(50),
  );
}

export class TrendRangeQueryDto implements TrendRange {
  @ApiProperty({ description: 'First Europe/London day, inclusive', example: '2026-03-01' })
  @Matches(DAY, { message: 'from must be a day written YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ description: 'Last Europe/London day, inclusive', example: '2026-03-31' })
  @Matches(DAY, { message: 'to must be a day written YYYY-MM-DD' })
  to!: string;
}

export class VolumeQueryDto extends TrendRangeQueryDto implements VolumeQuery {
  @OptionalOneOf(TREND_INTERVALS, { default: 'day' })
  interval: TrendInterval = 'day';

  @OptionalOneOf(TREND_GROUP_BYS, { default: 'category' })
  groupBy: TrendGroupBy = 'category';

  @QueryFlag({ default: false, description: "interval=day: add each key's 7-day trailing mean" })
  average = false;
}

export class EscalationsQueryDto extends TrendRangeQueryDto {
  @OptionalOneOf(TREND_INTERVALS, { default: 'day' })
  interval: TrendInterval = 'day';
}

export class TopQueryDto extends TrendRangeQueryDto {
  @OptionalOneOf(TOP_DIMENSIONS, { default: 'author' })
  by: TopDimension = 'author';

  @TopLimit({ default: 10 })
  limit = 10;
}

export class ExportQueryDto extends TrendRangeQueryDto {
  @OneOf(EXPORT_DATASETS)
  dataset!: ExportDataset;

  @OptionalOneOf(TREND_INTERVALS, { default: 'day' })
  interval: TrendInterval = 'day';

  @OptionalOneOf(TREND_GROUP_BYS, { default: 'category', description: 'for dataset=volume' })
  groupBy: TrendGroupBy = 'category';

  @OptionalOneOf(TOP_DIMENSIONS, { default: 'author', description: 'for dataset=top' })
  by: TopDimension = 'author';

  @QueryFlag({ default: false, description: 'for dataset=volume, interval=day: add 7-day trailing means' })
  average = false;

  @TopLimit({ default: 50, description: 'for dataset=top' })
  limit = 50;
}

export class AlertsQueryDto {
  @QueryFlag({ default: false, description: 'include acknowledged alerts' })
  all = false;
}

/** The days a response covers, both ends included. */
export class TrendRangeDto implements TrendRange {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
}

export class VolumeBucketDto implements VolumeBucket {
  @ApiProperty({ format: 'date' }) start!: string;
  @ApiProperty() total!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) counts!: Record<string, number>;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'interval=day: the mean of this day and the six before it',
  })
  average?: Record<string, number>;
}

/** A range cut into buckets of one interval: a series' days. */
export class BucketedRangeDto extends TrendRangeDto {
  @ApiProperty({ enum: TREND_INTERVALS }) interval!: TrendInterval;
}

export class VolumeSeriesDto extends BucketedRangeDto implements VolumeSeries {
  @ApiProperty({ enum: TREND_GROUP_BYS }) groupBy!: TrendGroupBy;
  @ApiProperty({ type: [String] }) keys!: string[];
  @ApiProperty({ type: [VolumeBucketDto] }) buckets!: VolumeBucketDto[];
}

export class EscalationBucketDto implements EscalationBucket {
  @ApiProperty({ format: 'date' }) start!: string;
  @ApiProperty() raised!: number;
  @ApiProperty() closed!: number;
}

export class EscalationSeriesDto extends BucketedRangeDto implements EscalationSeries {
  @ApiProperty({ type: [EscalationBucketDto] }) buckets!: EscalationBucketDto[];
}

export class PlatformShareDto implements PlatformShare {
  @ApiProperty() platform!: string;
  @ApiProperty() mentions!: number;
  @ApiProperty() flagged!: number;
  @ApiProperty({ description: 'flagged / mentions, 0–1' }) share!: number;
}

export class TimeToFirstActionDto implements TimeToFirstAction {
  @ApiProperty() actioned!: number;
  @ApiProperty({ nullable: true, type: Number }) medianSeconds!: number | null;
  @ApiProperty({ nullable: true, type: Number }) p90Seconds!: number | null;
}

export class PeriodSummaryDto extends TrendRangeDto implements PeriodSummary {
  @ApiProperty() mentions!: number;
  @ApiProperty() flagged!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, example: { disrepute: 3 } })
  byCategory!: Record<CategoryCode, number>;
  @ApiProperty() escalated!: number;
  @ApiProperty() hidden!: number;
  @ApiProperty() openEscalations!: number;
  @ApiProperty({ type: TimeToFirstActionDto }) timeToFirstAction!: TimeToFirstActionDto;
  @ApiProperty({ type: [PlatformShareDto] }) flaggedShareByPlatform!: PlatformShareDto[];
}

export class TrendsSummaryDto implements TrendsSummary {
  @ApiProperty({ type: PeriodSummaryDto }) current!: PeriodSummaryDto;
  @ApiProperty({ type: PeriodSummaryDto, description: 'the period of equal length just before' })
  previous!: PeriodSummaryDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object' },
    description:
      'per measure (mentions, flagged, escalated, hidden, category:<code>): kind none | new | count | percent, and its text',
    example: { flagged: { kind: 'count', difference: 7, text: '+7, from 2' } },
  })
  changes!: TrendsSummary['changes'];
}

export class TopEntryDto implements TopEntry {
  @ApiProperty() key!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date', description: 'authors: latest flagged day' })
  lastFlagged?: string | null;
  @ApiProperty({ nullable: true, type: String }) platform!: string | null;
  @ApiProperty() mentions!: number;
  @ApiProperty() flagged!: number;
}

export class TopListDto extends TrendRangeDto implements TopList {
  @ApiProperty({ enum: TOP_DIMENSIONS }) by!: TopDimension;
  @ApiProperty({ type: [TopEntryDto] }) items!: TopEntryDto[];
}

export class SpikeAlertDto implements SpikeAlertView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: CATEGORY_CODES }) category!: CategoryCode;
  @ApiProperty({ enum: SPIKE_WINDOWS }) window!: SpikeWindow;
  @ApiProperty({ format: 'date-time' }) windowStart!: string;
  @ApiProperty({ format: 'date-time' }) windowEnd!: string;
  @ApiProperty() count!: number;
  @ApiProperty() baselineMedian!: number;
  @ApiProperty() baselineMad!: number;
  @ApiProperty() threshold!: number;
  @ApiProperty({ type: [String] }) terms!: string[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) acknowledgedAt!: string | null;
}

export class SpikeAlertListDto implements SpikeAlertList {
  @ApiProperty({ type: [SpikeAlertDto] }) items!: SpikeAlertDto[];
}
