import { applyDecorators, type Type } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse } from '@nestjs/swagger';

/** How a handler can say no, in the words the OpenAPI document gives a client for each answer. */
export interface Refusals {
  /** 400: what makes the request invalid. */
  invalid?: string;
  /** 404: what is not there. */
  missing?: string;
  /** 409: what the request collides with. */
  conflict?: string;
}

/** A handler's 400, 404 and 409 answers in one decorator, so a controller lists only what differs. */
export function ApiRefusals({ invalid, missing, conflict }: Refusals): MethodDecorator {
  return applyDecorators(
    ...(invalid === undefined ? [] : [ApiBadRequestResponse({ description: invalid })]),
    ...(missing === undefined ? [] : [ApiNotFoundResponse({ description: missing })]),
    ...(conflict === undefined ? [] : [ApiConflictResponse({ description: conflict })]),
  );
}

/** A POST that creates something named: 201 with it, 400 for what is invalid, 409 when the name is taken. */
export function ApiCreatesNamed(type: Type<unknown>, noun: string, invalid: string): MethodDecorator {
  return applyDecorators(
    ApiCreatedResponse({ type }),
    ApiRefusals({ invalid, conflict: `A ${noun} of that name already exists` }),
  );
}
