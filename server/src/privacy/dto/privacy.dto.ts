import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type AuthorRef, type LegalHoldRequest, PLATFORM_CODES } from '@ou-listening/shared';
import {
  Allow,
  IsBoolean,
  Validate,
  type ValidationArguments,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { OneOf } from '../../common/one-of.js';
import { RequiredText } from '../../common/required-text.js';

export class LegalHoldDto implements LegalHoldRequest {
  @ApiProperty({ description: 'true puts the case on hold, false releases it' })
  @IsBoolean()
  held!: boolean;

  @RequiredText(1000)
  reason!: string;
}

const AUTHOR_TEXT_MAX = 200;
const WHO = "Give the author's id or their handle";

/**
 * The author's id, or their handle in its place: one check and one message for the pair, so an
 * empty request is told once what to give rather than once per rule that an absent value breaks.
 */
@ValidatorConstraint({ name: 'authorIdOrHandle' })
class AuthorIdOrHandle implements ValidatorConstraintInterface {
  validate(_value: unknown, { object }: ValidationArguments): boolean {
    return problemWith(object as AuthorRefDto) === undefined;
  }

  defaultMessage({ object }: ValidationArguments): string {
    return problemWith(object as AuthorRefDto) ?? WHO;
  }
}

function problemWith({ authorId, handle }: AuthorRefDto): string | undefined {
  const given = (value: unknown) => value !== undefined && value !== null && value !== '';
  if (!given(authorId) && !given(handle)) return WHO;
  for (const [name, value] of [
    ["The author's id", authorId],
    ['The handle', handle],
  ] as const) {
    if (value === undefined) continue;
    if (typeof value !== 'string') return `${name} must be text`;
    if (value.length > AUTHOR_TEXT_MAX) return `${name} can be at most ${AUTHOR_TEXT_MAX} characters long`;
  }
  return undefined;
}

/** An author by platform and id, or by handle when the id is not known. */
export class AuthorRefDto implements AuthorRef {
  @OneOf(PLATFORM_CODES)
  platform!: string;

  @ApiPropertyOptional({
    description: "the author's id on the platform; this or the handle is required",
    maxLength: AUTHOR_TEXT_MAX,
  })
  @Validate(AuthorIdOrHandle)
  authorId?: string;

  @ApiPropertyOptional({ description: 'the handle, with or without @', maxLength: AUTHOR_TEXT_MAX })
  @Allow()
  handle?: string;
}
