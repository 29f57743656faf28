import type { CategoryCode, EvidenceSpan, MentionStatus } from '@ou-listening/shared';
import type { TestApp } from './test-app';

export type NewMention = {
  text?: string;
  categories?: { category: CategoryCode; score: number; evidence?: EvidenceSpan[] }[];
  platform?: string;
  postedAt?: Date | string;
  ingestedAt?: Date | string;
  authorId?: string | null;
  authorHandle?: string | null;
  authorName?: string | null;
  status?: MentionStatus;
  hidden?: boolean;
  assigneeId?: string | null;
};

export type CreatedMention = { id: string; version: number };

let counter = 0;

/**
 * A mention as ingestion stores it: one mentions row (top category and risk score from the
 * highest-scoring category) and one classifications row per category. Real rows, no mocks.
 */
export async function newMention(t: TestApp, input: NewMention = {}): Promise<CreatedMention> {
  counter += 1;
  const categories = [...(input.categories ?? [])].sort((a, b) => b.score - a.score);
  const top = categories[0];
  const status = input.status ?? (input.hidden ? 'hidden' : 'new');
  const [row] = (await t.db.query(
    `INSERT INTO mentions (platform, external_id, url, author_id, author_handle, author_name, text, lang, posted_at,
                           ingested_at, status, hidden, assignee_id, top_category, risk_score)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'en', $8, $9, $10, $11, $12, $13, $14)
     RETURNING id::text AS id, version`,
    [
      input.platform ?? 'x',
      `test-${Date.now()}-${counter}`,
      `https://x.com/i/status/${counter}`,
      input.authorId === undefined ? `author-${counter}` : input.authorId,
      input.authorHandle === undefined ? `student${counter}` : input.authorHandle,
      input.authorName === undefined ? `Student ${counter}` : input.authorName,
      input.text ?? `A post about the Open University (${counter})`,
      new Date(input.postedAt ?? Date.now() - counter * 60_000),
      new Date(input.ingestedAt ?? Date.now()),
      status,
      input.hidden ?? status === 'hidden',
      input.assigneeId ?? null,
      top?.category ?? null,
      top?.score ?? 0,
    ],
  )) as CreatedMention[];
  for (const c of categories)
    await t.db.query(
      `INSERT INTO classifications (mention_id, category, score, evidence, model_version) VALUES ($1, $2, $3, $4, 'test')`,
      [row!.id, c.category, c.score, JSON.stringify(c.evidence ?? [])],
    );
  return row!;
}

/** The audit rows about one mention, oldest first. */
export async function auditRowsFor(
  t: TestApp,
  mentionId: string,
): Promise<{ action: string; actor_email: string | null; details: Record<string, unknown> }[]> {
  return t.db.query(
    `SELECT action, actor_email, audit_details_read(id, details) AS details FROM audit_log
      WHERE target_type = 'mention' AND target_id = $1 ORDER BY id`,
    [mentionId],
  );
}
