import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CATEGORY_CODES,
  CATEGORY_INFO,
  type CategoryCode,
  type CategoryResult,
  type EscalationStatus,
  londonParts,
  type MarkKind,
  type MentionDetail,
  type MentionHistoryEntry,
  type MentionListItem,
  type MentionMarkView,
  type MentionNote,
  type MentionStatus,
  QUEUE_BANDS,
  type QueueBand,
  type Severity,
  type TopCategoryFilter,
  URGENT_CATEGORIES,
} from '@ou-listening/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { fromSnakeRow, type NoteRow, noteFromRow, personRef, type SnakeCased } from '../database/rows.js';
import { iso, selectRow, selectRows } from '../database/sql.js';

/** The queue's filters, already validated and resolved (assignee "me" is a user id by now). */
export type QueueFilter = {
  statuses: MentionStatus[];
  /** any of; null = every category and none */
  categories: CategoryCode[] | null;
  platform: string | null;
  q: string | null;
  from: Date | null;
  /** exclusive upper bound on posted_at */
  before: Date | null;
  /** with categories: a matching category's score; without: the mention's risk score */
  minScore: number | null;
  assignee: { kind: 'none' } | { kind: 'user'; id: string } | null;
  /** only mentions the model was unsure about (the Second look view) */
  secondLook: boolean;
  /** only comments on the OU's own accounts */
  ownAccount: boolean;
  /** only mentions from watched authors */
  watchedAuthor: boolean;
  /** only mentions from accounts flagged as impersonating the OU or the Students Association (5.2) */
  impersonation: boolean;
  /** the mention's top category (how Trends counts): a code, 'none' (unflagged) or 'any' (flagged) */
  topCategory: TopCategoryFilter | null;
  /** exactly this author handle (Trends' top authors) */
  author: string | null;
};

export type QueueSort = 'risk' | 'newest';

/**
 * Where a page ends, in the sort's own terms: the key is the exact text PostgreSQL gave for
 * risk_score (a real) or posted_at (microseconds), so the next page starts exactly after it.
 */
export type PageKey = { tier: QueueBand; key: string; id: string };

/** A literal (built from constants, not input), so the planner can match partial indexes. */
const URGENT_LOOK = `m.second_look && '{${URGENT_CATEGORIES.join(',')}}'::text[]`;

/** The state of one mention that the rules of an action look at, read under a row lock. */
export type LockedMention = Pick<MentionListItem, 'id' | 'version' | 'status' | 'hidden'> & {
  assigneeId: string | null;
  escalationStatus: EscalationStatus | null;
};

export type MentionChange =
  /** an escalated mention stays escalated, so its case is still found under that status */
  | { kind: 'hide' }
  /** puts back the status the hide found (escalated stays escalated) */
  | { kind: 'unhide'; status: MentionStatus }
  | { kind: 'escalated' }
  /** marking reviews a new mention; hidden and escalated ones keep their status */
  | { kind: 'reviewed' }
  /** as reviewed, but a pinned mention (safeguarding or threat, still new) stays pinned: a reply decides nothing */
  | { kind: 'replied' }
  /** "false positive" and "no action needed" decide it: out of the open queue; hidden and escalated keep theirs */
  | { kind: 'dismissed' }
  /** an undone mark puts back the status it found */
  | { kind: 'restore'; status: MentionStatus }
  | { kind: 'assign'; userId: string | null };

/** A queue item's fields that are columns as they stand; the rest are built from the joined columns below. */
type ItemColumns = Omit<MentionListItem, 'categories' | 'latestMark' | 'assignee' | 'escalation'>;
type ItemRow = SnakeCased<ItemColumns> & {
  categories: { category: CategoryCode; score: number; evidence: CategoryResult['evidence'] }[];
  mark: MarkKind | null;
  mark_at: string | null;
  mark_by_id: string | null;
  mark_by_name: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  escalation_id: string | null;
  escalation_status: EscalationStatus | null;
  escalation_severity: Severity | null;
};

type HistoryRow = {
  at: string;
  actor_email: string | null;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  details: Record<string, unknown>;
  assignee_name: string | null;
};
type CountRow = { n: number };
type LatestMarkRow = { id: string; user_id: string | null };
type StatusBeforeRow = { status: MentionStatus | null };
type MarkRow = {
  mark: MarkKind;
  corrected: CategoryCode[] | null;
  note: string | null;
  user_id: string | null;
  user_name: string | null;
  at: string;
};
type AuthorRecentRow = {
  id: string;
  text: string;
  posted_at: string;
  top_category: CategoryCode | null;
  risk_score: number;
  status: MentionStatus;
};
type LockRow = SnakeCased<LockedMention>;
type IdRow = { id: string };
type InsertedNoteRow = { id: string; createdAt: string };

// One row per mention; categories, latest mark, note count and latest escalation come from
// correlated subqueries over indexed foreign keys, run only for the (at most 100) ids asked for.
const ITEM_SELECT = `
  SELECT m.id::text, m.platform, m.external_id, m.url, m.author_id, m.author_handle, m.author_name, m.text, m.lang,
         ${iso('m.posted_at')} AS posted_at, ${iso('m.ingested_at')} AS ingested_at, m.is_demo, m.status, m.hidden,
         m.risk_score, m.top_category, m.version, m.second_look, m.on_own_account, m.own_context, m.platform_hidden,
         m.watched_author, m.impersonation,
         coalesce((SELECT jsonb_agg(jsonb_build_object('category', c.category, 'score', c.score, 'evidence', c.evidence)
                                    ORDER BY c.score DESC, c.category)
                     FROM classifications c WHERE c.mention_id = m.id), '[]'::jsonb) AS categories,
         lm.mark, ${iso('lm.created_at')} AS mark_at, lm.user_id::text AS mark_by_id, lm.display_name AS mark_by_name,
         a.id::text AS assignee_id, a.display_name AS assignee_name,
         (SELECT count(*)::int FROM notes n WHERE n.mention_id = m.id) AS note_count,
         e.id::text AS escalation_id, e.status AS escalation_status, e.severity AS escalation_severity
    FROM mentions m
    LEFT JOIN LATERAL (SELECT mm.mark, mm.created_at, mm.user_id, u.display_name
                         FROM mention_marks mm LEFT JOIN users u ON u.id = mm.user_id
                        WHERE mm.mention_id = m.id
                        ORDER BY mm.created_at DESC, mm.id DESC LIMIT 1) lm ON true
    LEFT JOIN users a ON a.id = m.assignee_id
    LEFT JOIN LATERAL (SELECT id, status, severity FROM escalations
                        WHERE mention_id = m.id ORDER BY id DESC LIMIT 1) e ON true`;

function toItem(row: ItemRow): MentionListItem {
  const {
    categories,
    mark,
    mark_at,
    mark_by_id,
    mark_by_name,
    assignee_id,
    assignee_name,
    escalation_id,
    escalation_status,
    escalation_severity,
    ...columns
  } = row;
  return {
    ...fromSnakeRow<ItemColumns>(columns),
    categories: categories.map((c) => ({
      category: c.category,
      score: c.score,
      policyRef: CATEGORY_INFO[c.category].policyRef,
      evidence: c.evidence,
    })),
    latestMark: mark && mark_at ? { mark, at: mark_at, by: personRef(mark_by_id, mark_by_name) } : null,
    assignee: personRef(assignee_id, assignee_name),
    escalation:
      escalation_id && escalation_status && escalation_severity
        ? { id: escalation_id, status: escalation_status, severity: escalation_severity }
        : null,
  };
}

/** Past this many rows a count on mentions stops (see QueueSummary.countLimit). */
const COUNT_LIMIT = 1000;
/**
 * A filter the planner expects to match more than this many mentions is not counted per category:
 * each capped count would still read the search word's whole posting list (a sixth of a million rows
 * for "exams" in bench:api), so the planner's estimates are given instead, labelled approximate.
 */
const ESTIMATE_ABOVE = 10 * COUNT_LIMIT;

type Counts = {
  total: number;
  byCategory: Partial<Record<CategoryCode, number>>;
  countLimit: number | null;
  approximate: boolean;
};

/** One row of EXPLAIN (FORMAT JSON): the plan's top node with the planner's row estimate. */
type PlanNode = { 'Plan Rows': number; Plans?: PlanNode[] };
type ExplainRow = { 'QUERY PLAN': [{ Plan: PlanNode }] };
/** A total and the counts per category (a jsonb object) in one row. */
type CountsRow = Pick<Counts, 'total' | 'byCategory'>;
type ByCategoryRow = Pick<Counts, 'byCategory'>;

/** An estimate said as people would: two significant figures (167,342 -> 170,000). */
function roundEstimate(n: number): number {
  if (n < 100) return Math.round(n);
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}

/** The Europe/London day that starts at this instant (YYYY-MM-DD), or null if it falls inside a day. */
function londonDay(instant: Date): string | null {
  if (instant.getUTCMilliseconds() !== 0) return null;
  const { year, month, day, hour, minute, second } = londonParts(instant);
  if (hour !== 0 || minute !== 0 || second !== 0) return null;
  const twoDigits = (n: number) => String(n).padStart(2, '0');
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** Numbered placeholders for a query built from optional parts. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The filter as SQL over `mentions m`. `category` narrows to one category instead of the filter's
 * any-of list: the risk sort runs one index walk per category, each able to use that category's
 * partial index (whose predicate is `categories @> '{code}'`).
 */
function filterSql(filter: QueueFilter, p: Params, category?: CategoryCode): string {
  const where = [`m.status = ANY(${p.add(filter.statuses)}::text[])`];
  const categories = category ? [category] : filter.categories;
  if (categories) {
    where.push(
      category ? `m.categories @> ARRAY[${p.add(category)}]::text[]` : `m.categories && ${p.add(categories)}::text[]`,
    );
    if (filter.minScore !== null)
      where.push(
        `EXISTS (SELECT 1 FROM classifications c
                  WHERE c.mention_id = m.id AND c.category = ANY(${p.add(categories)}::text[])
                    AND c.score >= ${p.add(filter.minScore)}::real)`,
      );
  } else if (filter.minScore !== null) {
    where.push(`m.risk_score >= ${p.add(filter.minScore)}::real`);
  }
  if (filter.platform !== null) where.push(`m.platform = ${p.add(filter.platform)}`);
  if (filter.q !== null) where.push(`m.search @@ websearch_to_tsquery('english', ${p.add(filter.q)})`);
  if (filter.from) where.push(`m.posted_at >= ${p.add(filter.from)}::timestamptz`);
  if (filter.before) where.push(`m.posted_at < ${p.add(filter.before)}::timestamptz`);
  if (filter.assignee?.kind === 'none') where.push(`m.assignee_id IS NULL`);
  if (filter.assignee?.kind === 'user') where.push(`m.assignee_id = ${p.add(filter.assignee.id)}::uuid`);
  // A literal, so the planner can match mentions_second_look_risk_idx's predicate.
  if (filter.secondLook) where.push(`m.second_look <> '{}'`);
  if (filter.ownAccount) where.push(`m.on_own_account`);
  if (filter.watchedAuthor) where.push(`m.watched_author`);
  if (filter.impersonation) where.push(`m.impersonation IS NOT NULL`);
  if (filter.topCategory === 'none') where.push(`m.top_category IS NULL`);
  else if (filter.topCategory === 'any') where.push(`m.top_category IS NOT NULL`);
  else if (filter.topCategory) where.push(`m.top_category = ${p.add(filter.topCategory)}`);
  if (filter.author !== null) where.push(`m.author_handle = ${p.add(filter.author)}`);
  return where.join('\n AND ');
}

@Injectable()
export class MentionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private q(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /**
   * The keys of one page, in queue order. Keyset pagination: each branch walks an index on its
   * sort key from the cursor on, so a deep page costs what the first does (no OFFSET).
   *
   * The risk sort walks its bands (QueueBand) from the top: pinned mentions first, one walk of the
   * small pinned index; in the Second look view, then those with a possible safeguarding or threat
   * risk; then the rest, one walk of the risk index — or, with a category filter, one walk of each
   * category's partial index, merged (a mention under two of them comes once).
   */
  async pageKeys(filter: QueueFilter, sort: QueueSort, after: PageKey | null, limit: number): Promise<PageKey[]> {
    const p = new Params();
    const n = p.add(limit);
    let sql: string;
    if (sort === 'newest') {
      const where = filterSql(filter, p);
      const keyset = after
        ? `AND (m.posted_at, m.id) < (${p.add(after.key)}::timestamptz, ${p.add(after.id)}::bigint)`
        : '';
      sql = `SELECT m.id::text AS id, 0 AS tier,
                    to_char(m.posted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS key
               FROM mentions m WHERE ${where} ${keyset}
              ORDER BY m.posted_at DESC, m.id DESC LIMIT ${n}`;
    } else {
      const band: Record<QueueBand, string> = {
        2: 'm.pinned',
        1: `NOT m.pinned AND ${URGENT_LOOK}`,
        0: filter.secondLook ? `NOT m.pinned AND NOT (${URGENT_LOOK})` : 'NOT m.pinned',
      };
      const walk = (tier: QueueBand, category?: CategoryCode) => {
        const from = after?.tier === tier ? after : null;
        const keyset = from ? `AND (m.risk_score, m.id) < (${p.add(from.key)}::real, ${p.add(from.id)}::bigint)` : '';
        return `(SELECT m.id, ${tier} AS tier, m.risk_score FROM mentions m
                  WHERE ${filterSql(filter, p, category)} AND ${band[tier]} ${keyset}
                  ORDER BY m.risk_score DESC, m.id DESC LIMIT ${n})`;
      };
      const tiers = QUEUE_BANDS.filter((t) => (t !== 1 || filter.secondLook) && (after === null || t <= after.tier));
      const walks = tiers.map((tier) =>
        tier === 0 && filter.categories
          ? `(${filter.categories.map((category) => walk(0, category)).join(' UNION ')})`
          : walk(tier),
      );
      sql = `SELECT page.id::text AS id, page.tier, page.risk_score::text AS key
               FROM (${walks.join(' UNION ALL ')}) page
              ORDER BY page.tier DESC, page.risk_score DESC, page.id DESC LIMIT ${n}`;
    }
    return selectRows<PageKey>(this.q(), sql, p.values);
  }

  /** Full queue rows for these ids, in the order given; unknown ids are left out. */
  async items(ids: string[], manager?: EntityManager): Promise<MentionListItem[]> {
    if (ids.length === 0) return [];
    const rows = await selectRows<ItemRow>(this.q(manager), `${ITEM_SELECT} WHERE m.id = ANY($1::bigint[])`, [ids]);
    const byId = new Map(rows.map((row) => [row.id, toItem(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async item(id: string, manager?: EntityManager): Promise<MentionListItem | undefined> {
    return (await this.items([id], manager))[0];
  }

  /**
   * The queue's counts for a filter (its categories are ignored: the counts are per category).
   * A filter of statuses, platform and whole Europe/London days — the queue as people usually
   * see it — is answered exactly from the trigger-kept rollups, a few thousand rows at most.
   * Anything else (a search, a score, an assignee, second look, a time inside a day) is counted on mentions,
   * and each count (new since last seen too) stops once it passes COUNT_LIMIT: a common word can
   * match a fifth of the table.
   */
  async summary(filter: QueueFilter, seenAt: Date | null): Promise<Counts & { fresh: number }> {
    const all = { ...filter, categories: null };
    const counts = (await this.countsFromRollups(all)) ?? (await this.countsFromMentions(all));
    const { total, countLimit, approximate } = await this.viewTotal(filter, counts);
    // Never seen: all of them are new; an estimated total stays "more than the limit" here, as counted.
    let fresh = approximate ? Math.min(total, COUNT_LIMIT + 1) : total;
    if (seenAt !== null) {
      // Found through the ingested_at index; counted as far as the others are.
      const p = new Params();
      const since = p.add(seenAt);
      const upTo = countLimit === null ? '' : `LIMIT ${p.add(countLimit + 1)}`;
      const [row] = await selectRows<CountRow>(
        this.q(),
        `SELECT count(*)::int AS n FROM (SELECT FROM mentions m
                                          WHERE ${filterSql(filter, p)} AND m.ingested_at > ${since}::timestamptz ${upTo}) c`,
        p.values,
      );
      fresh = row?.n ?? 0;
    }
    return { ...counts, total, countLimit, approximate, fresh };
  }

  /**
   * "N in this view" counts what the list shows, categories included (issue 19: the total once
   * ignored them). One category is its own count; several may overlap, so they are counted on
   * mentions, as far as the count limit.
   */
  private async viewTotal(
    filter: QueueFilter,
    counts: Counts,
  ): Promise<Pick<Counts, 'total' | 'countLimit' | 'approximate'>> {
    const categories = filter.categories;
    if (categories === null) return counts;
    if (categories.length === 1)
      return {
        total: counts.byCategory[categories[0]!] ?? 0,
        countLimit: counts.countLimit,
        approximate: counts.approximate,
      };
    const p = new Params();
    const upTo = p.add(COUNT_LIMIT + 1);
    const [row] = await selectRows<CountRow>(
      this.q(),
      `SELECT count(*)::int AS n FROM (SELECT FROM mentions m WHERE ${filterSql(filter, p)} LIMIT ${upTo}) c`,
      p.values,
    );
    const total = row?.n ?? 0;
    // Counted on mentions as far as the limit: exact up to it, "more than" past it, never an estimate.
    return { total, countLimit: total > COUNT_LIMIT ? COUNT_LIMIT : counts.countLimit, approximate: false };
  }

  private async countsFromRollups(filter: QueueFilter): Promise<Counts | null> {
    if (
      filter.q !== null ||
      filter.minScore !== null ||
      filter.assignee !== null ||
      filter.secondLook ||
      filter.ownAccount ||
      filter.watchedAuthor ||
      filter.impersonation ||
      filter.topCategory !== null ||
      filter.author !== null
    )
      return null;
    // undefined: no bound; null: a bound inside a day, which the rollups cannot see.
    const from = filter.from ? londonDay(filter.from) : undefined;
    const before = filter.before ? londonDay(filter.before) : undefined;
    if (from === null || before === null) return null;
    const p = new Params();
    const where = [`status = ANY(${p.add(filter.statuses)}::text[])`];
    if (filter.platform !== null) where.push(`platform = ${p.add(filter.platform)}`);
    if (from) where.push(`day >= ${p.add(from)}::date`);
    if (before) where.push(`day < ${p.add(before)}::date`);
    const row = await selectRow<CountsRow>(
      this.q(),
      // `retired`: posts retention or a platform deletion removed, which Trends still counts and the queue must not.
      `SELECT (SELECT coalesce(sum(n - retired), 0)::int FROM mention_daily_counts WHERE ${where.join(' AND ')}) AS total,
              (SELECT coalesce(jsonb_object_agg(category, n), '{}')
                 FROM (SELECT category, sum(n - retired)::int AS n FROM mention_category_counts
                        WHERE ${where.join(' AND ')} GROUP BY category) c) AS "byCategory"`,
      p.values,
    );
    return { total: row?.total ?? 0, byCategory: row?.byCategory ?? {}, countLimit: null, approximate: false };
  }

  /**
   * The planner's estimates of the mentions a filter matches, in all and in each category (from
   * ANALYZE's statistics; no rows read). One EXPLAIN of the branches joined by UNION ALL: its Append
   * node has one child per branch, in order, each with that branch's estimate, so the planner is
   * asked once instead of once per category.
   */
  private async estimates(filter: QueueFilter): Promise<{ total: number; byCategory: Record<CategoryCode, number> }> {
    const p = new Params();
    const branches = [undefined, ...CATEGORY_CODES].map(
      (category) => `SELECT 1 FROM mentions m WHERE ${filterSql(filter, p, category)}`,
    );
    const row = await selectRow<ExplainRow>(
      this.q(),
      `EXPLAIN (FORMAT JSON) ${branches.join(' UNION ALL ')}`,
      p.values,
    );
    const children = row?.['QUERY PLAN'][0].Plan.Plans ?? [];
    // A branch the planner proved empty would leave no child: then each is asked on its own.
    const rows =
      children.length === branches.length
        ? children.map((child) => child['Plan Rows'])
        : await Promise.all([undefined, ...CATEGORY_CODES].map((category) => this.estimate(filter, category)));
    const byCategory = Object.fromEntries(CATEGORY_CODES.map((code, i) => [code, rows[i + 1] ?? 0])) as Record<
      CategoryCode,
      number
    >;
    return { total: rows[0] ?? 0, byCategory };
  }

  /** The planner's estimate of the mentions a filter matches (from ANALYZE's statistics; no rows read). */
  private async estimate(filter: QueueFilter, category?: CategoryCode): Promise<number> {
    const p = new Params();
    const row = await selectRow<ExplainRow>(
      this.q(),
      `EXPLAIN (FORMAT JSON) SELECT 1 FROM mentions m WHERE ${filterSql(filter, p, category)}`,
      p.values,
    );
    return row?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0;
  }

  /**
   * First one pass over the matching mentions, stopping past the limit: when that finds no more
   * than the limit, it has seen every match and counts each category exactly. Only a filter that
   * matches more counts each category on its own, each count stopping past the limit.
   */
  private async countsFromMentions(filter: QueueFilter): Promise<Counts> {
    const p = new Params();
    const upTo = p.add(COUNT_LIMIT + 1);
    const sample = await selectRow<CountsRow>(
      this.q(),
      `WITH matched AS (SELECT m.categories FROM mentions m WHERE ${filterSql(filter, p)} LIMIT ${upTo})
       SELECT (SELECT count(*)::int FROM matched) AS total,
              (SELECT coalesce(jsonb_object_agg(category, n), '{}')
                 FROM (SELECT k.category, count(*)::int AS n
                         FROM matched CROSS JOIN LATERAL unnest(matched.categories) AS k(category)
                        GROUP BY k.category) c) AS "byCategory"`,
      p.values,
    );
    const total = sample?.total ?? 0;
    if (total <= COUNT_LIMIT && filter.minScore === null)
      return { total, byCategory: sample?.byCategory ?? {}, countLimit: COUNT_LIMIT, approximate: false };

    // Far past the limit: the planner's estimates, each above the limit said as "about"; a category it
    // expects to be small is still counted (capped), since a wrong "about 3" would mislead.
    const estimated = filter.minScore === null ? await this.estimates(filter) : null;
    if (estimated && estimated.total > ESTIMATE_ABOVE) {
      const byCategory: Partial<Record<CategoryCode, number>> = {};
      for (const code of CATEGORY_CODES) {
        const n = estimated.byCategory[code];
        byCategory[code] = n > COUNT_LIMIT ? roundEstimate(n) : await this.cappedCount(filter, code);
      }
      return {
        total: roundEstimate(estimated.total),
        byCategory,
        countLimit: COUNT_LIMIT,
        approximate: true,
      };
    }

    // Broad matches, and any minimum score (a category counts only where it scores that much itself,
    // which the categories array cannot tell, so filterSql checks classifications): one capped count
    // per category, each walking that category's index or intersecting it with the search.
    const pc = new Params();
    const limit = pc.add(COUNT_LIMIT + 1);
    const count = (category: CategoryCode) =>
      `(SELECT count(*)::int FROM (SELECT FROM mentions m WHERE ${filterSql(filter, pc, category)} LIMIT ${limit}) c)`;
    const row = await selectRow<ByCategoryRow>(
      this.q(),
      `SELECT jsonb_build_object(${CATEGORY_CODES.map((code) => `${pc.add(code)}::text, ${count(code)}`).join(', ')})
                AS "byCategory"`,
      pc.values,
    );
    return { total, byCategory: row?.byCategory ?? {}, countLimit: COUNT_LIMIT, approximate: false };
  }

  /** Mentions of one category under the filter, counted up to one past the limit. */
  private async cappedCount(filter: QueueFilter, category: CategoryCode): Promise<number> {
    const p = new Params();
    const row = await selectRow<CountRow>(
      this.q(),
      `SELECT count(*)::int AS n
         FROM (SELECT FROM mentions m WHERE ${filterSql(filter, p, category)} LIMIT ${p.add(COUNT_LIMIT + 1)}) c`,
      p.values,
    );
    return row?.n ?? 0;
  }

  async queueSeenAt(userId: string): Promise<Date | null> {
    const [row] = await selectRows<{
      queue_seen_at: Date | null;
    }>(this.q(), `SELECT queue_seen_at FROM users WHERE id = $1`, [userId]);
    return row?.queue_seen_at ?? null;
  }

  async markQueueSeen(userId: string): Promise<void> {
    await this.q().query(`UPDATE users SET queue_seen_at = now() WHERE id = $1`, [userId]);
  }

  /** This mention's audit rows, oldest first, with the actor's name as it is now and the free text typed on them (or "[erased]"). */
  async history(id: string): Promise<MentionHistoryEntry[]> {
    const rows = await selectRows<HistoryRow>(
      this.q(),
      `SELECT ${iso('l.at')} AS at, l.actor_email, u.id::text AS actor_id, u.display_name AS actor_name, l.action, audit_details_read(l.id, l.details) AS details,
              a.display_name AS assignee_name
         FROM audit_log l LEFT JOIN users u ON u.id = l.actor_id
         LEFT JOIN users a ON l.action = 'mention.assign' AND a.id::text = l.details->>'to'
        WHERE l.target_type = 'mention' AND l.target_id = $1
        ORDER BY l.id`,
      [id],
    );
    return rows.map((r) => ({
      at: r.at,
      actorEmail: r.actor_email,
      actorId: r.actor_id,
      actorName: r.actor_name,
      assigneeName: r.assignee_name,
      action: r.action,
      details: r.details,
    }));
  }

  /** The caller's latest mark on this mention, if it is the latest of all (the only one an undo may take back). */
  async latestMark(id: string, tx: EntityManager): Promise<{ id: string; userId: string | null } | undefined> {
    const rows = await selectRows<LatestMarkRow>(
      tx,
      `SELECT id::text, user_id::text FROM mention_marks WHERE mention_id = $1
        ORDER BY created_at DESC, id DESC LIMIT 1`,
      [id],
    );
    const row = rows[0];
    return row ? { id: row.id, userId: row.user_id } : undefined;
  }

  /**
   * A reply the platform never took: the mention goes back to the open queue, unless someone has
   * decided on it since the reply was asked for (a mark, a hide, an escalation). True when it did.
   */
  async reopenAfterFailedReply(id: string, requestedAt: Date, tx: EntityManager): Promise<boolean> {
    const rows = await selectRows<IdRow>(
      tx,
      `UPDATE mentions m SET status = 'new', version = version + 1
        WHERE m.id = $1 AND m.status = 'reviewed'
          AND NOT EXISTS (SELECT 1 FROM mention_marks k WHERE k.mention_id = m.id AND k.created_at >= $2)
        RETURNING m.id::text`,
      [id, requestedAt],
    );
    return rows.length > 0;
  }

  async deleteMark(markId: string, tx: EntityManager): Promise<void> {
    await tx.query(`DELETE FROM mention_marks WHERE id = $1`, [markId]);
  }

  /** The status the latest mark found, from its audit row (`details.from`). */
  /** What the mention was before it was hidden (a repeated hide found it hidden already, so it is passed over). */
  async statusBeforeHide(id: string, tx: EntityManager): Promise<MentionStatus | null> {
    const rows = await selectRows<StatusBeforeRow>(
      tx,
      `SELECT details->>'from' AS status FROM audit_log
        WHERE target_type = 'mention' AND target_id = $1 AND action = 'mention.hide' AND details->>'from' <> 'hidden'
        ORDER BY id DESC LIMIT 1`,
      [id],
    );
    return rows[0]?.status ?? null;
  }

  async statusBeforeLatestMark(id: string, tx: EntityManager): Promise<MentionStatus | null> {
    const rows = await selectRows<StatusBeforeRow>(
      tx,
      `SELECT details->>'from' AS status FROM audit_log
        WHERE target_type = 'mention' AND target_id = $1 AND action = 'mention.mark'
        ORDER BY id DESC LIMIT 1`,
      [id],
    );
    return rows[0]?.status ?? null;
  }

  /** Oldest first, as a conversation reads. */
  async notes(id: string): Promise<MentionNote[]> {
    const rows = await selectRows<NoteRow>(
      this.q(),
      `SELECT n.id::text, n.body, u.id::text AS author_id, u.display_name AS author_name, ${iso('n.created_at')} AS created_at
         FROM notes n LEFT JOIN users u ON u.id = n.author_id
        WHERE n.mention_id = $1 ORDER BY n.id`,
      [id],
    );
    return rows.map(noteFromRow);
  }

  /** Newest first. */
  async marks(id: string): Promise<MentionMarkView[]> {
    const rows = await selectRows<MarkRow>(
      this.q(),
      `SELECT mm.mark, mm.corrected_categories AS corrected, mm.note, u.id::text AS user_id,
              u.display_name AS user_name, ${iso('mm.created_at')} AS at
         FROM mention_marks mm LEFT JOIN users u ON u.id = mm.user_id
        WHERE mm.mention_id = $1 ORDER BY mm.created_at DESC, mm.id DESC`,
      [id],
    );
    return rows.map((r) => ({
      mark: r.mark,
      correctedCategories: r.corrected,
      note: r.note,
      by: personRef(r.user_id, r.user_name),
      at: r.at,
    }));
  }

  /** The same author's other mentions on the same platform, newest first. */
  async authorRecent(item: MentionListItem, limit: number): Promise<MentionDetail['authorRecent']> {
    if (item.authorId === null) return [];
    const rows = await selectRows<AuthorRecentRow>(
      this.q(),
      `SELECT id::text, text, ${iso('posted_at')} AS posted_at, top_category, risk_score, status
         FROM mentions WHERE platform = $1 AND author_id = $2 AND id <> $3
        ORDER BY posted_at DESC, id DESC LIMIT $4`,
      [item.platform, item.authorId, item.id, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      text: r.text,
      postedAt: r.posted_at,
      topCategory: r.top_category,
      riskScore: r.risk_score,
      status: r.status,
    }));
  }

  /** Locks the mentions (in id order, so concurrent bulk actions cannot deadlock) and reads their state. */
  async lock(ids: string[], tx: EntityManager): Promise<LockedMention[]> {
    const rows = await selectRows<LockRow>(
      tx,
      `SELECT m.id::text, m.version, m.status, m.hidden, m.assignee_id::text,
              (SELECT e.status FROM escalations e WHERE e.mention_id = m.id ORDER BY e.id DESC LIMIT 1)
                AS escalation_status
         FROM mentions m WHERE m.id = ANY($1::bigint[])
        ORDER BY m.id FOR UPDATE OF m`,
      [ids],
    );
    return rows.map((r) => fromSnakeRow<LockedMention>(r));
  }

  /**
   * Applies one change and moves the version on. With `expectedVersion`, only a mention still at
   * that version changes (optimistic concurrency); returns the ids that changed.
   */
  async apply(
    ids: string[],
    expectedVersion: number | null,
    change: MentionChange,
    tx: EntityManager,
  ): Promise<string[]> {
    const p = new Params();
    const idsParam = p.add(ids);
    const versionParam = p.add(expectedVersion);
    let set: string;
    switch (change.kind) {
      case 'hide':
        set = `status = CASE WHEN status = 'escalated' THEN status ELSE 'hidden' END, hidden = true`;
        break;
      case 'unhide':
        set = `status = CASE WHEN status = 'escalated' THEN status ELSE ${p.add(change.status)}::text END, hidden = false`;
        break;
      case 'escalated':
        set = `status = 'escalated'`;
        break;
      case 'reviewed':
        set = `status = CASE WHEN status IN ('hidden', 'escalated') THEN status ELSE 'reviewed' END`;
        break;
      case 'replied':
        set = `status = CASE WHEN status IN ('hidden', 'escalated') OR pinned THEN status ELSE 'reviewed' END`;
        break;
      case 'dismissed':
        set = `status = CASE WHEN status IN ('hidden', 'escalated') THEN status ELSE 'dismissed' END`;
        break;
      case 'restore':
        set = `status = CASE WHEN status IN ('hidden', 'escalated') THEN status ELSE ${p.add(change.status)}::text END`;
        break;
      case 'assign':
        set = `assignee_id = ${p.add(change.userId)}::uuid`;
        break;
    }
    const rows = await selectRows<IdRow>(
      tx,
      `UPDATE mentions SET ${set}, version = version + 1
        WHERE id = ANY(${idsParam}::bigint[]) AND (${versionParam}::int IS NULL OR version = ${versionParam}::int)
        RETURNING id::text`,
      p.values,
    );
    return rows.map((r) => r.id);
  }

  async insertMarks(
    ids: string[],
    mark: { mark: MarkKind; correctedCategories: CategoryCode[] | null; note: string | null; userId: string },
    tx: EntityManager,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO mention_marks (mention_id, user_id, mark, corrected_categories, note)
       SELECT id, $2::uuid, $3, $4::text[], $5 FROM unnest($1::bigint[]) AS id`,
      [ids, mark.userId, mark.mark, mark.correctedCategories, mark.note],
    );
  }

  async insertNote(
    mentionId: string,
    authorId: string,
    body: string,
    tx: EntityManager,
  ): Promise<{ id: string; createdAt: string }> {
    const [row] = await selectRows<InsertedNoteRow>(
      tx,
      `INSERT INTO notes (mention_id, author_id, body) VALUES ($1, $2, $3)
       RETURNING id::text, ${iso('created_at')} AS "createdAt"`,
      [mentionId, authorId, body],
    );
    return row!;
  }
}
