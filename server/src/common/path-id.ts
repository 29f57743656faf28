import { Param } from '@nestjs/common';
import { IdParam } from './id-param.js';

/** A bigint row id from the path (`:id` unless named), checked by IdParam: a 400 naming it, never a 500. */
export function PathId(name = 'id'): ParameterDecorator {
  return Param(name, IdParam);
}
