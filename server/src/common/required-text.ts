import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

const NOT_BLANK = /\S/;

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
