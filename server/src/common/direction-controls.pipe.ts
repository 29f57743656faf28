import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';

/**
 * Explicit text-direction embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): not
 * the LRM/RLM marks that right-to-left writers use. Nobody types them on purpose; pasted in, an
 * override makes a reason "gnp.exe" read "exe.png" on a case page or a printout while the export
 * keeps the real order.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** A secret is compared as it was typed, so it is never changed on the way in. */
const SECRET_FIELD = /password|secret|token/i;

export function withoutDirectionControls(text: string): string {
  return text.replace(DIRECTION_CONTROLS, '');
}

/**
 * Runs before validation on every @Body() of every route: what staff type (notes, reasons,
 * outcomes, names) is stored without direction controls, so it shows as it reads everywhere.
 */
@Injectable()
export class StripDirectionControls implements PipeTransform<unknown, unknown> {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'body' ? strip(value) : value;
  }
}

function strip(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return SECRET_FIELD.test(key) ? value : withoutDirectionControls(value);
  if (Array.isArray(value)) return value.map((item) => strip(item, key));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    // Defined, not assigned: a key "__proto__" from JSON stays an own field (refused by validation),
    // where assigning it would set the copy's prototype and hide the field.
    for (const [k, item] of Object.entries(value))
      Object.defineProperty(out, k, { value: strip(item, k), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}
