import { isTextRef, type StoredText, textMatches } from './audit-texts.js';
import type { AuditRow } from './audit.types.js';

export type TextsVerdict =
  { ok: true; checked: number; erased: number } | { ok: false; firstBadId: string; problem: string };

const PAGE = 500;

/**
 * Checks the free text kept beside the chain: every text still held matches the keyed hash its row
 * carries, none is missing, and every blanked one was blanked by an erasure whose own (chained) row
 * counts at least as many — so blanking a text by hand, to hide what someone wrote, is caught.
 */
export async function verifyTexts(
  rows: AsyncIterable<AuditRow>,
  key: Buffer,
  load: (auditIds: string[]) => Promise<Map<string, StoredText>>,
  blankedBy: Map<string, number>,
): Promise<TextsVerdict> {
  const counted = new Map<string, number>();
  let checked = 0;
  let erased = 0;
  let page: AuditRow[] = [];
  const checkPage = async (): Promise<TextsVerdict | undefined> => {
    const texts = await load(page.map((r) => r.id));
    for (const row of page) {
      if (row.action.startsWith('privacy.erase') && typeof row.details.erasedTexts === 'number')
        counted.set(row.id, row.details.erasedTexts);
      for (const [field, ref] of Object.entries(row.details)) {
        if (!isTextRef(ref)) continue;
        const text = texts.get(`${row.id}/${field}`);
        const bad = (problem: string): TextsVerdict => ({ ok: false, firstBadId: row.id, problem });
        if (!text) return bad(`its ${field} text is missing from audit_texts (it was deleted)`);
        if (text.body === null) erased += 1;
        else if (!textMatches(key, row.id, field, text.body, ref))
          return bad(`its ${field} text does not match the hash in the row (it was altered)`);
        checked += 1;
      }
    }
    page = [];
    return undefined;
  };
  for await (const row of rows) {
    page.push(row);
    if (page.length === PAGE) {
      const verdict = await checkPage();
      if (verdict) return verdict;
    }
  }
  const verdict = await checkPage();
  if (verdict) return verdict;
  for (const [by, n] of blankedBy)
    if (n > (counted.get(by) ?? 0))
      return {
        ok: false,
        firstBadId: by,
        problem: `${n} texts say row ${by} erased them, but that row is not an erasure of that many (texts were blanked by hand)`,
      };
  return { ok: true, checked, erased };
}
