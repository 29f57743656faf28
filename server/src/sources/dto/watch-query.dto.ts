import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  SEARCHED_PLATFORMS,
  type SearchedPlatform,
  type UpdateWatchQueryRequest,
  type WatchQueryRequest,
  type WatchQueryTranslation,
  type WatchQueryView,
} from '@ou-listening/shared';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { OptionalNotNull } from '../../common/optional-not-null.js';
import { NOT_BLANK } from '../../common/required-text.js';

const TERM = { each: true } as const;

/** Terms go into platform search syntax, so quotes and control characters are refused up front. */
const SAFE_TERM = /^[^"\p{Cc}]+$/u;

/** A list of at most `most` search terms (phrases, exclusions), each 1 to 100 characters and safe in a search. */
function SearchTerms(most: number, example: string): PropertyDecorator {
  return (target, field) =>
    applyDecorators(
      ApiPropertyOptional({ type: [String], example: [example] }),
      OptionalNotNull(),
      IsArray(),
      ArrayMaxSize(most),
      IsString(TERM),
      Length(1, 100, TERM),
      Matches(SAFE_TERM, { each: true, message: `${String(field)} must not contain quotes or control characters` }),
    )(target, field);
}

export class UpdateWatchQueryDto implements UpdateWatchQueryRequest {
  @ApiPropertyOptional({ example: 'The Open University' })
  @OptionalNotNull()
  @IsString()
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name?: string;

  @SearchTerms(20, 'Open University')
  phrases?: string[];

  @ApiPropertyOptional({ type: [String], example: ['OpenUniversity'], description: 'Without the @' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^@?\w{1,50}$/, { each: true, message: 'handles must be letters, digits or _ (an optional leading @)' })
  handles?: string[];

  @ApiPropertyOptional({ type: [String], example: ['OpenUniversity'], description: 'Without the #' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^#?[\p{L}\p{N}_]{1,100}$/u, { each: true, message: 'hashtags must be letters, digits or _' })
  hashtags?: string[];

  @SearchTerms(50, 'job advert')
  exclusions?: string[];

  @ApiPropertyOptional({ nullable: true, example: 'en', description: 'BCP 47 language code, or null for any' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @Matches(/^[a-z]{2,3}$/, { message: 'language must be a two- or three-letter code such as en' })
  language?: string | null;

  @ApiPropertyOptional({ description: 'Include reposts (retweets)' })
  @OptionalNotNull()
  @IsBoolean()
  includeReposts?: boolean;

  @ApiPropertyOptional({ type: [String], example: ['OpenUniversity'], description: 'Reddit communities, without r/' })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^(\/?r\/)?[A-Za-z0-9_]{2,21}$/, {
    each: true,
    message: 'subreddits must be community names such as OpenUniversity (2–21 letters, digits or _)',
  })
  subreddits?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['https://www.google.com/alerts/feeds/00000000000000000000/0000000000000000000'],
    description: 'RSS or Atom feed URLs (http or https)',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { each: true, message: 'feeds must be http(s) URLs' },
  )
  @MaxLength(2000, { each: true })
  feeds?: string[];

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  enabled?: boolean;
}

export class CreateWatchQueryDto extends OmitType(UpdateWatchQueryDto, ['name'] as const) implements WatchQueryRequest {
  @ApiProperty({ example: 'The Open University' })
  @IsString()
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;
}

export class WatchQueryViewDto implements WatchQueryView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) phrases!: string[];
  @ApiProperty({ type: [String] }) handles!: string[];
  @ApiProperty({ type: [String] }) hashtags!: string[];
  @ApiProperty({ type: [String] }) exclusions!: string[];
  @ApiProperty({ nullable: true, type: String }) language!: string | null;
  @ApiProperty() includeReposts!: boolean;
  @ApiProperty({ type: [String] }) subreddits!: string[];
  @ApiProperty({ type: [String] }) feeds!: string[];
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ type: () => [WatchQueryTranslationDto] }) translations!: WatchQueryTranslationDto[];
}

export class WatchQueryTranslationDto implements WatchQueryTranslation {
  @ApiProperty({ enum: SEARCHED_PLATFORMS }) platform!: SearchedPlatform;
  @ApiProperty({ type: [String], description: 'Each search or request the connector makes' }) searches!: string[];
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why the platform would refuse the query' })
  problem!: string | null;
}

/** A draft to translate: any fields of a watch query, none required (an empty draft gives empty searches). */
export class PreviewWatchQueryDto extends OmitType(UpdateWatchQueryDto, ['name', 'enabled'] as const) {}
