import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

type Doc = { description?: string; default?: string; required?: boolean };

/**
 * A field holding one of `values`: documented as that enum, and anything else is a 400 saying
 * "<field> must be one of a, b, c". Required unless `doc.required` is false (then pair it with
 * whichever of @IsOptional, @OptionalNotNull or @ValidateIf says when it may be left out).
 */
export function OneOf(values: readonly string[], doc: Doc = {}): PropertyDecorator {
  return (target, field) =>
    applyDecorators(
      ApiProperty({ enum: values, ...doc } as ApiPropertyOptions),
      IsIn(values, { message: `${String(field)} must be one of ${values.join(', ')}` }),
    )(target, field);
}

/** A query or body field that may be left out (or null) but, when given, is one of `values`. */
export function OptionalOneOf(values: readonly string[], doc: Omit<Doc, 'required'> = {}): PropertyDecorator {
  return applyDecorators(IsOptional(), OneOf(values, { ...doc, required: false }));
}

/** A list whose every entry is one of `values`: "<field> must be among a, b, c" otherwise. */
export function EachOneOf(values: readonly string[]): PropertyDecorator {
  return (target, field) =>
    IsIn(values, { each: true, message: `${String(field)} must be among ${values.join(', ')}` })(target, field);
}
