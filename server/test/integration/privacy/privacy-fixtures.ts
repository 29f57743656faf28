import type { TestApp } from '../../support/test-app';

/** A case on a mention, written as the escalations feature stores one (evidence and its hash). */
export async function newCase(
  t: TestApp,
  mentionId: string,
  options: { status?: 'open' | 'closed'; closedAt?: Date; held?: boolean; evidence?: Record<string, unknown> } = {},
): Promise<string> {
  const status = options.status ?? 'open';
  const [row] = (await t.db.query(
    `INSERT INTO escalations (mention_id, reason, severity, status, outcome, closed_at, evidence, evidence_sha256, legal_hold)
     SELECT $1, 'test case', 'high', $2, $3, $4,
            coalesce($6::jsonb, jsonb_build_object('platform', platform, 'externalId', external_id, 'text', text,
                                                   'authorId', author_id, 'authorHandle', author_handle)),
            'not checked here', $5
       FROM mentions WHERE id = $1
     RETURNING id::text`,
    [
      mentionId,
      status,
      status === 'closed' ? 'no_further_action' : null,
      status === 'closed' ? (options.closedAt ?? new Date()) : null,
      options.held ?? false,
      options.evidence ? JSON.stringify(options.evidence) : null,
    ],
  )) as { id: string }[];
  return row!.id;
}

/** The rollups' totals: what the trends read. */
export async function rollupTotals(t: TestApp): Promise<Record<string, number>> {
  const [row] = (await t.db.query(`
    SELECT (SELECT coalesce(sum(n), 0)::int FROM mention_daily_counts) AS daily,
           (SELECT coalesce(sum(n), 0)::int FROM mention_category_counts) AS categories,
           (SELECT coalesce(sum(mentions), 0)::int FROM mention_daily_terms) AS terms`)) as Record<string, number>[];
  return row!;
}

export async function exists(t: TestApp, table: string, id: string): Promise<boolean> {
  const rows = (await t.db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])) as unknown[];
  return rows.length === 1;
}
