import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

/**
 * At least one character that shows: white space, zero-width spaces and joiners, the word joiner,
 * the byte-order mark and the soft hyphen do not count, so a reason typed as "\u200b" is blank.
 */
export const NOT_BLANK = /[^\s\u00ad\u200b-\u200d\u2060\ufeff]/;

/**
 * A text field a request must carry, up to `maxLength` characters: missing, empty or only white
 * space is a 400 saying "<field> is required". Validated and documented once for every DTO.
 */
export function RequiredText(maxLength: number, description?: string): PropertyDecorator {
  return (target, field) => {
    const message = `${String(field)} is required`;
    applyDecorators(
      ApiProperty({ minLength: 1, maxLength, ...(description === undefined ? {} : { description }) }),
      IsString(),
      MinLength(1, { message }),
      MaxLength(maxLength),
      Matches(NOT_BLANK, { message }),
    )(target, field);
  };
}
