import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { lowerCase } from './lower-case.js';

const ASSIGNEE = /^(me|none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** `?assignee=` on the queue and the cases list: me (the caller), none (unassigned) or a user id. */
export function AssigneeFilter(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description: 'me, none or a user id' }),
    IsOptional(),
    Transform(lowerCase),
    Matches(ASSIGNEE, { message: 'assignee must be me, none or a user id' }),
  );
}
