import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, type TransformFnParams } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

const trueOrFalse = ({ value }: TransformFnParams): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/**
 * An optional `?field=true|false` in a query string; anything else is a 400 saying
 * "<field> must be true or false". Validated and documented once for every query DTO.
 */
export function QueryFlag(options: ApiPropertyOptions = {}): PropertyDecorator {
  return (target, field) =>
    applyDecorators(
      ApiPropertyOptional(options),
      IsOptional(),
      Transform(trueOrFalse),
      IsBoolean({ message: `${String(field)} must be true or false` }),
    )(target, field);
}
