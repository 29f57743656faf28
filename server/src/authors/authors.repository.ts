import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccountReportView, AuthorMention, AuthorNote, CategoryCode } from '@ou-listening/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { iso, selectRows } from '../database/sql.js';

type SummaryRow = {
  total: number;
  first_seen: string | null;
  last_seen: string | null;
  handle: string | null;
  display_name: string | null;
};
type CategoryRow = { category: CategoryCode; count: number };
type MentionRow = {
  id: string;
  text: string;
  url: string | null;
  posted_at: string;
  categories: CategoryCode[];
  on_own_account: boolean;
};
type NoteRow = { mention_id: string; body: string; by: string | null; at: string };
type ReportRow = { id: string; reason: string; by: string | null; at: string };
type UncheckedRow = { id: string; platform: string; author_handle: string | null; author_name: string | null };

/** Demo mentions are never a real person's: an author page is about real accounts only. */
/** How many rows a DELETE removed: counted in a SELECT, as a DELETE's own result is [rows, count]. */
async function deleteCount(tx: EntityManager, deleteSql: string, parameters: unknown[]): Promise<number> {
  const [row] = await selectRows<{ n: number }>(
    tx,
    `WITH gone AS (${deleteSql} RETURNING 1) SELECT count(*)::int AS n FROM gone`,
    parameters,
  );
  return row!.n;
}

const AUTHOR_MENTIONS = `FROM mentions m WHERE m.platform = $1 AND m.author_id = $2`;

/** The watchlist row as a subject access export gives it. */
export type WatchEntryRow = { reason: string | null; added_by_email: string | null; added_at: string };

@Injectable()
export class AuthorsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async summary(platform: string, authorId: string): Promise<SummaryRow> {
    const [row] = await selectRows<SummaryRow>(
      this.dataSource,
      `SELECT count(*)::int AS total, ${iso('min(m.posted_at)')} AS first_seen, ${iso('max(m.posted_at)')} AS last_seen,
              (array_agg(m.author_handle ORDER BY m.posted_at DESC) FILTER (WHERE m.author_handle IS NOT NULL))[1] AS handle,
              (array_agg(m.author_name ORDER BY m.posted_at DESC) FILTER (WHERE m.author_name IS NOT NULL))[1] AS display_name
         ${AUTHOR_MENTIONS}`,
      [platform, authorId],
    );
    return row!;
  }

  byCategory(platform: string, authorId: string): Promise<CategoryRow[]> {
    return this.dataSource.query(
      `SELECT c.category, count(*)::int AS count
         FROM classifications c JOIN mentions m ON m.id = c.mention_id
        WHERE m.platform = $1 AND m.author_id = $2
        GROUP BY c.category ORDER BY count DESC, c.category`,
      [platform, authorId],
    );
  }

  async mentions(platform: string, authorId: string, limit: number): Promise<AuthorMention[]> {
    const rows = await selectRows<MentionRow>(
      this.dataSource,
      `SELECT m.id::text, m.text, m.url, ${iso('m.posted_at')} AS posted_at, m.on_own_account,
              COALESCE((SELECT array_agg(c.category ORDER BY c.category) FROM classifications c WHERE c.mention_id = m.id),
                       '{}') AS categories
         ${AUTHOR_MENTIONS} ORDER BY m.posted_at DESC, m.id DESC LIMIT $3`,
      [platform, authorId, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      text: r.text,
      url: r.url,
      postedAt: r.posted_at,
      categories: r.categories,
      onOwnAccount: r.on_own_account,
    }));
  }

  async notes(platform: string, authorId: string, limit: number): Promise<AuthorNote[]> {
    const rows = await selectRows<NoteRow>(
      this.dataSource,
      `SELECT n.mention_id::text AS mention_id, n.body, u.display_name AS by, ${iso('n.created_at')} AS at
         FROM notes n JOIN mentions m ON m.id = n.mention_id LEFT JOIN users u ON u.id = n.author_id
        WHERE m.platform = $1 AND m.author_id = $2
        ORDER BY n.created_at DESC, n.id DESC LIMIT $3`,
      [platform, authorId, limit],
    );
    return rows.map((r) => ({ mentionId: r.mention_id, body: r.body, by: r.by, at: r.at }));
  }

  /** The id behind a handle on a platform: the author of its latest mention (handles can change hands). */
  async idOfHandle(platform: string, handle: string): Promise<string | null> {
    const [row] = await selectRows<{ author_id: string }>(
      this.dataSource,
      `SELECT author_id FROM mentions
        WHERE platform = $1 AND author_handle = $2 AND author_id IS NOT NULL
        ORDER BY posted_at DESC, id DESC LIMIT 1`,
      [platform, handle],
    );
    return row?.author_id ?? null;
  }

  async isWatched(platform: string, authorId: string): Promise<boolean> {
    const rows: { one: number }[] = await this.dataSource.query(
      `SELECT 1 AS one FROM author_watchlist WHERE platform = $1 AND author_id = $2`,
      [platform, authorId],
    );
    return rows.length > 0;
  }

  /** true when the author was not watched before */
  async watch(
    tx: EntityManager,
    entry: { platform: string; authorId: string; reason: string | null; by: string; byEmail: string },
  ): Promise<boolean> {
    const rows: { platform: string }[] = await tx.query(
      `INSERT INTO author_watchlist (platform, author_id, reason, added_by, added_by_email) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING platform`,
      [entry.platform, entry.authorId, entry.reason, entry.by, entry.byEmail],
    );
    return rows.length > 0;
  }

  /** Subject access: the watchlist entry kept about the author, if any (who added it, why, when). */
  async watchEntry(platform: string, authorId: string): Promise<WatchEntryRow[]> {
    return selectRows<WatchEntryRow>(
      this.dataSource,
      `SELECT reason, added_by_email, ${iso('added_at')} AS added_at
         FROM author_watchlist WHERE platform = $1 AND author_id = $2`,
      [platform, authorId],
    );
  }

  /** true when the author was watched */
  async unwatch(tx: EntityManager, platform: string, authorId: string): Promise<boolean> {
    return (
      (await deleteCount(tx, `DELETE FROM author_watchlist WHERE platform = $1 AND author_id = $2`, [
        platform,
        authorId,
      ])) > 0
    );
  }

  /** Erasure: the author leaves the watchlist and the reports of them; how many rows went. */
  async forget(tx: EntityManager, platform: string, authorId: string): Promise<number> {
    const watch = await deleteCount(tx, `DELETE FROM author_watchlist WHERE platform = $1 AND author_id = $2`, [
      platform,
      authorId,
    ]);
    const reports = await deleteCount(tx, `DELETE FROM account_reports WHERE platform = $1 AND author_id = $2`, [
      platform,
      authorId,
    ]);
    return watch + reports;
  }

  async addReport(
    tx: EntityManager,
    report: { platform: string; authorId: string; reason: string; by: string; byEmail: string },
  ): Promise<string> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO account_reports (platform, author_id, reason, reported_by, reported_by_email)
       VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id`,
      [report.platform, report.authorId, report.reason, report.by, report.byEmail],
    );
    return rows[0]!.id;
  }

  async reports(platform: string, authorId: string): Promise<AccountReportView[]> {
    const rows = await selectRows<ReportRow>(
      this.dataSource,
      `SELECT r.id::text, r.reason, COALESCE(u.display_name, r.reported_by_email) AS by, ${iso('r.created_at')} AS at
         FROM account_reports r LEFT JOIN users u ON u.id = r.reported_by
        WHERE r.platform = $1 AND r.author_id = $2 ORDER BY r.id DESC`,
      [platform, authorId],
    );
    return rows.map((r) => ({ id: r.id, reason: r.reason, by: r.by, at: r.at }));
  }

  async officialHandles(platform: string): Promise<string[]> {
    const rows: { handle: string }[] = await this.dataSource.query(
      `SELECT handle FROM official_accounts WHERE platform = $1 ORDER BY handle`,
      [platform],
    );
    return rows.map((r) => r.handle);
  }

  async allOfficial(): Promise<{ platform: string; handle: string; label: string | null }[]> {
    const rows: { platform: string; handle: string; label: string | null }[] = await this.dataSource.query(
      `SELECT platform, handle, label FROM official_accounts ORDER BY platform, handle`,
    );
    return rows;
  }

  async addOfficial(tx: EntityManager, entry: { platform: string; handle: string; label: string | null; by: string }) {
    await tx.query(
      `INSERT INTO official_accounts (platform, handle, label, added_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (platform, handle) DO UPDATE SET label = EXCLUDED.label`,
      [entry.platform, entry.handle, entry.label, entry.by],
    );
    // An account just made official is no longer an impersonator: its mentions are read again.
    await tx.query(`UPDATE mentions SET author_checked = false WHERE platform = $1 AND lower(author_handle) = $2`, [
      entry.platform,
      entry.handle,
    ]);
  }

  async removeOfficial(tx: EntityManager, platform: string, handle: string): Promise<boolean> {
    const removed = await deleteCount(tx, `DELETE FROM official_accounts WHERE platform = $1 AND handle = $2`, [
      platform,
      handle,
    ]);
    await tx.query(`UPDATE mentions SET author_checked = false WHERE platform = $1 AND lower(author_handle) = $2`, [
      platform,
      handle,
    ]);
    return removed > 0;
  }

  unchecked(limit: number): Promise<UncheckedRow[]> {
    return this.dataSource.query(
      `SELECT id::text, platform, author_handle, author_name FROM mentions WHERE NOT author_checked ORDER BY id LIMIT $1`,
      [limit],
    );
  }

  async setImpersonation(flags: { id: string; impersonation: 'OU' | 'OUSA' | null }[]): Promise<void> {
    if (flags.length === 0) return;
    await this.dataSource.query(
      `UPDATE mentions m SET impersonation = f.impersonation, author_checked = true
         FROM unnest($1::bigint[], $2::text[]) AS f(id, impersonation) WHERE m.id = f.id`,
      [flags.map((f) => f.id), flags.map((f) => f.impersonation)],
    );
  }
}
