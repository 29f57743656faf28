import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `limit` on a paged list: a whole number from 1 to `max` (50 when absent), validated and documented once. */
export function PageLimit(max = 200): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ default: 50, minimum: 1, maximum: max }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(max),
  );
}
