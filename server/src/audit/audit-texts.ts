import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Free text staff type (a hide reason, a mark's comment, a case's outcome note) is kept out of the
 * chained row so that an erasure can remove it. The row's details hold this reference in its place:
 * the HMAC of the text under the audit key, bound to the row and the field, so the chain covers the
 * text without containing it, and a text swapped or edited in audit_texts no longer matches.
 */
export type TextRef = { $text: string };

export function isTextRef(value: unknown): value is TextRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as { $text?: unknown }).$text === 'string'
  );
}

export function textMac(key: Buffer, auditId: string, field: string, body: string): string {
  return createHmac('sha256', key)
    .update(`ou-listening/audit-text/v1\u0000${auditId}\u0000${field}\u0000`)
    .update(body)
    .digest('hex');
}

export function textMatches(key: Buffer, auditId: string, field: string, body: string, ref: TextRef): boolean {
  const expected = Buffer.from(textMac(key, auditId, field, body));
  const given = Buffer.from(ref.$text);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A text as stored beside its row: its body, or null once an erasure (the audit row erasedBy) blanked it. */
export type StoredText = { auditId: string; field: string; body: string | null; erasedBy: string | null };

/** Shown in place of a blanked text wherever the log is read. */
export const ERASED_TEXT = '[erased]';

/** The row's details as people read them: each reference replaced by its text, or by ERASED_TEXT. */
export function withTexts(
  auditId: string,
  details: Record<string, unknown>,
  texts: Map<string, StoredText>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(details).map(([field, value]) =>
      isTextRef(value) ? [field, texts.get(`${auditId}/${field}`)?.body ?? ERASED_TEXT] : [field, value],
    ),
  );
}
