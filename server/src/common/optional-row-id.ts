import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

/**
 * A bigint row id a query may carry (a filter, or a page's cursor): digits only, else a 400 with
 * `message`, so a bad value never reaches PostgreSQL as a 500. Validated and documented once.
 */
export function OptionalRowId(description: string, message: string): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ description }), IsOptional(), Matches(/^\d{1,18}$/, { message }));
}
