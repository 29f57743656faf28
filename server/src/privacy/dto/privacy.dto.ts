import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AuthorRef, LegalHoldRequest } from '@ou-listening/shared';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { RequiredText } from '../../common/required-text.js';

export class LegalHoldDto implements LegalHoldRequest {
  @ApiProperty({ description: 'true puts the case on hold, false releases it' })
  @IsBoolean()
  held!: boolean;

  @RequiredText(1000)
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
