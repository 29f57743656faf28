import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AuthorRef, LegalHoldRequest } from '@ou-listening/shared';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';

const NOT_BLANK = /\S/;

export class LegalHoldDto implements LegalHoldRequest {
  @ApiProperty({ description: 'true puts the case on hold, false releases it' })
  @IsBoolean()
  held!: boolean;

  @ApiProperty({ minLength: 1, maxLength: 1000 })
  @IsString()
  @MinLength(1, { message: 'reason is required' })
  @MaxLength(1000)
  @Matches(NOT_BLANK, { message: 'reason is required' })
  reason!: string;
}

/** An author by platform and id, or by handle when the id is not known. */
export class AuthorRefDto implements AuthorRef {
  @ApiProperty({ example: 'x' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,29}$/, { message: 'platform must be a platform code such as x or bluesky' })
  platform!: string;

  @ApiPropertyOptional({ description: "the author's id on the platform" })
  @ValidateIf((o: AuthorRefDto) => o.authorId !== undefined || o.handle === undefined)
  @IsString({ message: 'authorId or handle is required' })
  @MinLength(1, { message: 'authorId or handle is required' })
  @MaxLength(200)
  authorId?: string;

  @ApiPropertyOptional({ description: 'the handle, with or without @' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  handle?: string;
}
