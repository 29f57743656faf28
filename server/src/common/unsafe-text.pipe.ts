import { type ArgumentMetadata, BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';

/**
 * U+0000 and UTF-16 surrogates without their pair: PostgreSQL cannot store the first in text
 * (error 22021) nor encode the second, and nobody types either. One rule for all user input:
 * bodies, query strings and path parameters are refused with a 400 naming the field. (Text
 * ingested from platforms is cleaned instead, where it is stored.)
 */
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const MAX_NAMED = 5;

export function hasUnsafeCharacter(text: string): boolean {
  return text.includes('\u0000') || UNPAIRED_SURROGATE.test(text);
}

/** Runs before validation on every @Body(), @Query() and @Param() of every route. */
@Injectable()
export class RefuseUnsafeText implements PipeTransform<unknown, unknown> {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const found: string[] = [];
    collectUnsafe(value, metadata.data ?? (metadata.type === 'body' ? 'body' : metadata.type), found);
    if (found.length > 0)
      throw new BadRequestException(
        found.map((field) => `${field} must not contain the NUL character (U+0000) or an unpaired surrogate`),
      );
    return value;
  }
}

/**
 * Field paths as the validation messages write them: `note`, `phrases.2`, `filters.from`. The
 * body parser has already bounded the depth, so recursion is safe.
 */
function collectUnsafe(value: unknown, path: string, found: string[]): void {
  if (found.length >= MAX_NAMED) return;
  if (typeof value === 'string') {
    if (hasUnsafeCharacter(value)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectUnsafe(item, join(path, String(i)), found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (hasUnsafeCharacter(key)) found.push(`a field name in ${path}`);
      else collectUnsafe(item, join(path, key), found);
    }
  }
}

/** The top-level names of a body or query stand alone, as in class-validator's messages. */
function join(path: string, key: string): string {
  return path === 'body' || path === 'query' ? key : `${path}.${key}`;
}
