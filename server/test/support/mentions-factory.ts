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
  url?: string;
  isDemo?: boolean;
  /** the queue's order; the top category's score unless given */
  riskScore?: number;
  /** categories the model was unsure about (the Second look view) */
  secondLook?: CategoryCode[];
};

export type CreatedMention = { id: string; version: number };

let counter = 0;

/**
 * A mention as ingestion stores it: one mentions row (top category and risk score from the
 * highest-scoring category) and one classifications row per category. Real rows, no mocks.
 */
export async function newMention(t: TestApp, input: NewMention = {}): Promise<CreatedMention> {
  const [created] = await newMentions(t, [input]);
  return created!;
}

/**
 * Many mentions in two statements (mentions, then their classifications), for tests that need
 * volume — a thousand rows for a broad search, twenty thousand for the planner. Each input is as
 * for newMention; the ids come back in the same order.
 */
export async function newMentions(t: TestApp, inputs: readonly NewMention[]): Promise<CreatedMention[]> {
  const rows = inputs.map((input) => {
    counter += 1;
    const categories = [...(input.categories ?? [])].sort((a, b) => b.score - a.score);
    const status = input.status ?? (input.hidden ? 'hidden' : 'new');
    return {
      categories,
      values: [
        input.platform ?? 'x',
        `test-${Date.now()}-${counter}`,
        input.url ?? `https://x.com/i/status/${counter}`,
        input.authorId === undefined ? `author-${counter}` : input.authorId,
        input.authorHandle === undefined ? `student${counter}` : input.authorHandle,
        input.authorName === undefined ? `Student ${counter}` : input.authorName,
        input.text ?? `A post about the Open University (${counter})`,
        new Date(input.postedAt ?? Date.now() - counter * 60_000).toISOString(),
        new Date(input.ingestedAt ?? Date.now()).toISOString(),
        status,
        input.hidden ?? status === 'hidden',
        input.assigneeId ?? null,
        categories[0]?.category ?? null,
        input.riskScore ?? categories[0]?.score ?? 0,
        input.isDemo ?? false,
        (input.secondLook ?? []).join(','),
      ] as const,
    };
  });
  const column = (i: number) => rows.map((r) => r.values[i]);
  const returned: (CreatedMention & { external_id: string })[] = await t.db.query(
    `INSERT INTO mentions (platform, external_id, url, author_id, author_handle, author_name, text, lang, posted_at,
                           ingested_at, status, hidden, assignee_id, top_category, risk_score, is_demo, second_look)
     SELECT platform, external_id, url, author_id, author_handle, author_name, text, 'en', posted_at,
            ingested_at, status, hidden, assignee_id, top_category, risk_score, is_demo,
            string_to_array(second_look, ',')
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                   $8::timestamptz[], $9::timestamptz[], $10::text[], $11::boolean[], $12::uuid[],
                   $13::text[], $14::float8[], $15::boolean[], $16::text[])
            WITH ORDINALITY AS r(platform, external_id, url, author_id, author_handle, author_name, text,
                                 posted_at, ingested_at, status, hidden, assignee_id, top_category, risk_score,
                                 is_demo, second_look, n)
      ORDER BY n
     RETURNING id::text AS id, version, external_id`,
    Array.from({ length: 16 }, (_, i) => column(i)),
  );
  const byExternalId = new Map(returned.map((r) => [r.external_id, { id: r.id, version: r.version }]));
  const created = rows.map((r) => byExternalId.get(r.values[1])!);
  const classified = rows.flatMap((r, i) =>
    r.categories.map((c) => [created[i]!.id, c.category, c.score, JSON.stringify(c.evidence ?? [])] as const),
  );
  if (classified.length > 0)
    await t.db.query(
      `INSERT INTO classifications (mention_id, category, score, evidence, model_version)
       SELECT mention_id, category, score, evidence, 'test'
         FROM unnest($1::bigint[], $2::text[], $3::float8[], $4::jsonb[]) AS c(mention_id, category, score, evidence)`,
      [0, 1, 2, 3].map((i) => classified.map((c) => c[i])),
    );
  return created;
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
