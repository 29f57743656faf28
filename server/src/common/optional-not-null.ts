import { ValidateIf } from 'class-validator';

/**
 * A field that may be left out but, when sent, must be valid. class-validator's @IsOptional()
 * also waves null through, and null for a NOT NULL column then failed in PostgreSQL
 * (`{"includeReposts": null}`, issue 12 §5). A field that may really be null says so with
 * @ValidateIf((_o, v) => v !== null).
 */
export function OptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
