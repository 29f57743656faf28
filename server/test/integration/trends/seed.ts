import type { TestApp } from '../../support/test-app';

let counter = 0;

export type SeedMention = {
  postedAt: string;
  platform?: string;
  category?: string | null;
  status?: 'new' | 'reviewed' | 'escalated' | 'hidden';
  hidden?: boolean;
  author?: string;
  text?: string;
  ingestedAt?: string;
  /** evidence terms for a classification row of `category` */
  terms?: string[];
};

/** Inserts mentions straight into the real tables (as ingestion does) and returns their ids. */
export async function seedMentions(t: TestApp, mentions: SeedMention[]): Promise<string[]> {
  const ids: string[] = [];
  for (const m of mentions) {
    counter += 1;
    const [row] = (await t.db.query(
      `INSERT INTO mentions (platform, external_id, author_handle, text, posted_at, ingested_at, top_category,
                             status, hidden, risk_score)
       VALUES ($1, $2, $3, $4, $5, coalesce($6::timestamptz, $5::timestamptz), $7, $8, $9, $10)
       RETURNING id::text AS id`,
      [
        m.platform ?? 'x',
        `seed-${counter}-${Date.now()}`,
        m.author ?? null,
        m.text ?? 'A post about the Open University',
        m.postedAt,
        m.ingestedAt ?? null,
        m.category ?? null,
        m.status ?? 'new',
        m.hidden ?? false,
        m.category ? 0.9 : 0,
      ],
    )) as { id: string }[];
    if (m.category) {
      const evidence = (m.terms ?? []).map((term) => ({ start: 0, end: term.length, text: term, reason: 'lexicon' }));
      await t.db.query(
        `INSERT INTO classifications (mention_id, category, score, evidence, model_version)
         VALUES ($1, $2, 0.9, $3::jsonb, 'test')`,
        [row!.id, m.category, JSON.stringify(evidence)],
      );
    }
    ids.push(row!.id);
  }
  return ids;
}

/** Bulk: `n` copies of one mention, in one INSERT (so the statement trigger sees many rows). */
export async function seedMany(t: TestApp, n: number, m: SeedMention): Promise<void> {
  counter += 1;
  await t.db.query(
    `INSERT INTO mentions (platform, external_id, text, posted_at, top_category, status)
     SELECT $1, $2 || '-' || g, 'bulk', $3, $4, $5 FROM generate_series(1, $6::int) AS g`,
    [m.platform ?? 'x', `bulk-${counter}-${Date.now()}`, m.postedAt, m.category ?? null, m.status ?? 'new', n],
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
