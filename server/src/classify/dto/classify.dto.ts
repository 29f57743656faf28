import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import {
  CATEGORY_CODES,
  type CategoryCode,
  type CategoryResult,
  type CategoryValidationScore,
  type ClassificationResult,
  type ClassifierModelView,
  type ClassifierPrecisionView,
  type ClassifyRequest,
  type MarkedCategoryPrecision,
  type MarkedPrecisionWindow,
  type SealedScores,
  type EvidenceSpan,
} from '@ou-listening/shared';
import { IsString, MaxLength } from 'class-validator';

export const MAX_CLASSIFY_TEXT = 10_000;

export class ClassifyRequestDto implements ClassifyRequest {
  @ApiProperty({ maxLength: MAX_CLASSIFY_TEXT, example: 'Call me on 07700 900123, the OU lost my TMA' })
  @IsString()
  @MaxLength(MAX_CLASSIFY_TEXT)
  text!: string;
}

export class EvidenceSpanDto implements EvidenceSpan {
  @ApiProperty({ description: 'UTF-16 offset into the text' }) start!: number;
  @ApiProperty() end!: number;
  @ApiProperty() text!: string;
  @ApiProperty({ example: 'uk_phone' }) reason!: string;
}

export class CategoryResultDto implements CategoryResult {
  @ApiProperty({ enum: CATEGORY_CODES }) category!: CategoryCode;
  @ApiProperty({ minimum: 0, maximum: 1 }) score!: number;
  @ApiProperty({ example: '7.4 personal information' }) policyRef!: string;
  @ApiProperty({ type: [EvidenceSpanDto] }) evidence!: EvidenceSpanDto[];
}

export class ClassificationResultDto implements ClassificationResult {
  @ApiProperty({ example: 'lr-2-c21cadcbc051' }) modelVersion!: string;
  @ApiProperty({
    type: [CategoryResultDto],
    description: 'Only the categories that apply, highest score first; scores are calibrated probabilities',
  })
  categories!: CategoryResultDto[];
  @ApiProperty({
    type: [CategoryResultDto],
    description:
      'Safeguarding or threat scored under its threshold but over the second-look floor: not flagged, never dropped',
  })
  secondLook!: CategoryResultDto[];
}

export class CategoryValidationScoreDto implements CategoryValidationScore {
  @ApiProperty({ enum: CATEGORY_CODES }) category!: CategoryCode;
  @ApiProperty() precision!: number;
  @ApiProperty() recall!: number;
  @ApiProperty() f1!: number;
  @ApiProperty() support!: number;
  @ApiProperty({ description: 'calibrated score at or above which the category applies' }) threshold!: number;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'calibrated score from which a post goes to Second look; null: no band under the threshold',
  })
  secondLookFloor?: number | null;
  @ApiPropertyOptional({ description: 'Brier score of the calibrated score on validation' }) brierScore?: number;
}

export class ClassifierModelViewDto implements ClassifierModelView {
  @ApiProperty() modelVersion!: string;
  @ApiProperty({ format: 'date-time' }) trainedAt!: string;
  @ApiProperty() correctionsUsed!: number;
  @ApiProperty() trainingPosts!: number;
  @ApiProperty() validationPosts!: number;
  @ApiProperty() macroF1!: number;
  @ApiProperty() falseAlarmRate!: number;
  @ApiPropertyOptional({ description: 'expected calibration error on validation, all categories pooled' })
  calibrationError?: number;
  @ApiProperty({ type: [CategoryValidationScoreDto] }) categories!: CategoryValidationScoreDto[];
}

export class MarkedCategoryPrecisionDto implements MarkedCategoryPrecision {
  @ApiProperty({ enum: CATEGORY_CODES }) category!: CategoryCode;
  @ApiProperty() confirmed!: number;
  @ApiProperty() falsePositives!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'null when nobody has marked one yet' })
  precision!: number | null;
}

export class MarkedPrecisionWindowDto implements MarkedPrecisionWindow {
  @ApiProperty() days!: number;
  @ApiProperty({ type: [MarkedCategoryPrecisionDto] }) categories!: MarkedCategoryPrecisionDto[];
}

/** The sealed set is scored with the same per-category measures as validation, less the tuned ones. */
export class SealedCategoryScoreDto extends PickType(CategoryValidationScoreDto, [
  'category',
  'precision',
  'recall',
  'support',
] as const) {}

/** The same headline measures as the model's validation scores, taken on the sealed set. */
export class SealedScoresDto
  extends PickType(ClassifierModelViewDto, ['modelVersion', 'macroF1', 'falseAlarmRate'] as const)
  implements SealedScores
{
  @ApiProperty({ format: 'date-time' }) measuredAt!: string;
  @ApiProperty() posts!: number;
  @ApiProperty({ type: [SealedCategoryScoreDto] }) categories!: SealedCategoryScoreDto[];
}

export class ClassifierPrecisionViewDto implements ClassifierPrecisionView {
  @ApiProperty({ type: [MarkedPrecisionWindowDto] }) windows!: MarkedPrecisionWindowDto[];
  @ApiProperty({ type: SealedScoresDto, nullable: true }) sealed!: SealedScoresDto | null;
  @ApiProperty() sealedIsForAnotherModel!: boolean;
}
