import type { CategoryCode } from '@ou-listening/shared';
import { type NewMention, newMentions } from '../../support/mentions-factory';
import type { TestApp } from '../../support/test-app';

export type SeedMention = {
  postedAt: string;
  platform?: string;
  category?: CategoryCode | null;
  status?: 'new' | 'reviewed' | 'escalated' | 'hidden';
  hidden?: boolean;
  author?: string;
  text?: string;
  ingestedAt?: string;
  /** evidence terms for a classification row of `category` */
  terms?: string[];
};

/** The mention as the factory takes it: no author id, name or link unless given, as trends read none. */
const asNewMention = (m: SeedMention): NewMention => ({
  platform: m.platform ?? 'x',
  authorId: null,
  authorHandle: m.author ?? null,
  authorName: null,
  text: m.text ?? 'A post about the Open University',
  postedAt: m.postedAt,
  ingestedAt: m.ingestedAt ?? m.postedAt,
  status: m.status ?? 'new',
  hidden: m.hidden ?? false,
  categories: m.category
    ? [
        {
          category: m.category,
          score: 0.9,
          evidence: (m.terms ?? []).map((term) => ({ start: 0, end: term.length, text: term, reason: 'lexicon' })),
        },
      ]
    : [],
});

/** Inserts mentions through the mentions factory (real tables, as ingestion stores them) and returns their ids. */
export async function seedMentions(t: TestApp, mentions: SeedMention[]): Promise<string[]> {
  return (await newMentions(t, mentions.map(asNewMention))).map((m) => m.id);
}

/** Bulk: `n` copies of one mention, in one INSERT (so the statement trigger sees many rows). */
export async function seedMany(t: TestApp, n: number, m: SeedMention): Promise<void> {
  await newMentions(
    t,
    Array.from({ length: n }, () => ({ ...asNewMention({ ...m, text: 'bulk' }), ingestedAt: undefined })),
  );
}

export async function seedEscalation(
  t: TestApp,
  e: { createdAt: string; closedAt?: string; mentionId?: string },
): Promise<string> {
  const [row] = (await t.db.query(
    `INSERT INTO escalations (mention_id, reason, severity, status, outcome, closed_at, evidence, evidence_sha256,
                              created_at)
     VALUES ($1, 'test', 'high', $2, $3, $4, '{}'::jsonb, 'x', $5) RETURNING id::text AS id`,
    [
      e.mentionId ?? null,
      e.closedAt ? 'closed' : 'open',
      e.closedAt ? 'no_further_action' : null,
      e.closedAt ?? null,
      e.createdAt,
    ],
  )) as { id: string }[];
  return row!.id;
}
