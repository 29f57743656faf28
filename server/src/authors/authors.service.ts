import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AccountReportView,
  type AuthorIdView,
  type AuthorProfile,
  impersonationOf,
  type Role,
} from '@ou-listening/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuditTexts } from '../audit/audit.types.js';
import type { Actor } from '../common/current-user.decorator.js';
import { AuthorNotFound, OfficialAccountNotFound } from './authors.errors.js';
import { AuthorsRepository, type WatchEntryRow } from './authors.repository.js';

const MENTIONS_SHOWN = 50;
const NOTES_SHOWN = 50;

/**
 * Where a person reports an account to its platform: none offers an API for it, so the page opens
 * the account's own page there, whose menu has Report (or the platform's reporting form).
 */
export function reportUrlOf(platform: string, authorId: string, handle: string | null): string | null {
  const id = encodeURIComponent(authorId);
  switch (platform) {
    case 'x':
      return `https://x.com/i/user/${id}`;
    case 'youtube':
      return `https://www.youtube.com/channel/${id}`;
    case 'bluesky':
      return `https://bsky.app/profile/${id}`;
    case 'reddit':
      return handle ? `https://www.reddit.com/user/${encodeURIComponent(handle)}` : null;
    case 'instagram':
      return handle ? `https://www.instagram.com/${encodeURIComponent(handle)}/` : null;
    case 'facebook':
      // Page-scoped ids do not open a profile: Facebook's form for reporting a profile or page.
      return 'https://www.facebook.com/help/contact/274459462613911';
    default:
      return null;
  }
}

/** Authors across sources (issue 16 §4–5): the Author page, the watchlist, reports, official accounts. */
@Injectable()
export class AuthorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly authors: AuthorsRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * For erasure (privacy): deletes the author's watchlist entry and the reports of their account,
   * in the erasing transaction. Returns how many rows went.
   */
  /** Subject access: what the team keeps about the author beyond their posts (the watchlist, account reports). */
  async recordsAbout(
    platform: string,
    authorId: string,
  ): Promise<{ watchlist: WatchEntryRow[]; accountReports: AccountReportView[] }> {
    const [watchlist, accountReports] = await Promise.all([
      this.authors.watchEntry(platform, authorId),
      this.authors.reports(platform, authorId),
    ]);
    return { watchlist, accountReports };
  }

  forgetAuthor(platform: string, authorId: string, tx: EntityManager): Promise<number> {
    return this.authors.forget(tx, platform, authorId);
  }

  /** Trends ranks authors by handle: the Author page it links to is found by the handle's author id. */
  async idOfHandle(platform: string, handle: string): Promise<AuthorIdView> {
    const authorId = await this.authors.idOfHandle(platform, handle.replace(/^@/, ''));
    if (!authorId) throw new AuthorNotFound(platform);
    return { platform, authorId };
  }

  /** Managers see the counts only: no handle, name, id, post or note (data protection). */
  async profile(platform: string, authorId: string, role: Role): Promise<AuthorProfile> {
    const summary = await this.authors.summary(platform, authorId);
    if (summary.total === 0) throw new AuthorNotFound(platform);
    const byCategory = await this.authors.byCategory(platform, authorId);
    const detailed = role === 'comms' || role === 'admin';
    const counts = {
      platform,
      total: summary.total,
      firstSeen: summary.first_seen,
      lastSeen: summary.last_seen,
      byCategory,
      watched: await this.authors.isWatched(platform, authorId),
    };
    if (!detailed)
      return {
        ...counts,
        authorId: null,
        handle: null,
        displayName: null,
        mentions: [],
        notes: [],
        impersonation: null,
        reports: [],
        reportUrl: null,
        detailed: false,
      };
    const official = await this.authors.officialHandles(platform);
    return {
      ...counts,
      authorId,
      handle: summary.handle,
      displayName: summary.display_name,
      mentions: await this.authors.mentions(platform, authorId, MENTIONS_SHOWN),
      notes: await this.authors.notes(platform, authorId, NOTES_SHOWN),
      impersonation: impersonationOf({ handle: summary.handle, displayName: summary.display_name }, official),
      reports: await this.authors.reports(platform, authorId),
      reportUrl: reportUrlOf(platform, authorId, summary.handle),
      detailed: true,
    };
  }

  async setWatched(actor: Actor, platform: string, authorId: string, watched: boolean, reason?: string) {
    const summary = await this.authors.summary(platform, authorId);
    if (summary.total === 0) throw new AuthorNotFound(platform);
    await this.dataSource.transaction(async (tx) => {
      const changed = watched
        ? await this.authors.watch(tx, {
            platform,
            authorId,
            reason: reason?.trim() || null,
            by: actor.id,
            byEmail: actor.email,
          })
        : await this.authors.unwatch(tx, platform, authorId);
      if (!changed) return;
      await this.record(
        tx,
        actor,
        watched ? 'author.watch' : 'author.unwatch',
        ['author', this.audit.personRef(platform, authorId)],
        { platform },
        reason?.trim() ? { reason: reason.trim() } : undefined,
      );
    });
    return this.profile(platform, authorId, 'comms');
  }

  /** Records the report and its reason (audited); the page then opens the platform's own reporting place. */
  async report(actor: Actor, platform: string, authorId: string, reason: string) {
    const summary = await this.authors.summary(platform, authorId);
    if (summary.total === 0) throw new AuthorNotFound(platform);
    const reportUrl = reportUrlOf(platform, authorId, summary.handle);
    const id = await this.dataSource.transaction(async (tx) => {
      const reportId = await this.authors.addReport(tx, {
        platform,
        authorId,
        reason: reason.trim(),
        by: actor.id,
        byEmail: actor.email,
      });
      await this.record(
        tx,
        actor,
        'author.report',
        ['author', this.audit.personRef(platform, authorId)],
        { platform, reportId },
        { reason: reason.trim() },
      );
      return reportId;
    });
    return { id, reportUrl };
  }

  officialAccounts() {
    return this.authors.allOfficial();
  }

  async addOfficial(actor: Actor, platform: string, handle: string, label: string | null) {
    const normal = handle.replace(/^@/, '').trim().toLowerCase();
    await this.dataSource.transaction(async (tx) => {
      await this.authors.addOfficial(tx, { platform, handle: normal, label, by: actor.id });
      await this.record(
        tx,
        actor,
        'official_account.add',
        ['official_account', `${platform}:${normal}`],
        label ? { label } : {},
      );
    });
    return this.authors.allOfficial();
  }

  async removeOfficial(actor: Actor, platform: string, handle: string) {
    const normal = handle.replace(/^@/, '').trim().toLowerCase();
    await this.dataSource.transaction(async (tx) => {
      if (!(await this.authors.removeOfficial(tx, platform, normal))) throw new OfficialAccountNotFound();
      await this.record(tx, actor, 'official_account.remove', ['official_account', `${platform}:${normal}`]);
    });
  }

  /** The audit row of a change staff made to an author or an official account, in its transaction. */
  private record(
    tx: EntityManager,
    actor: Actor,
    action: string,
    [targetType, targetId]: [string, string],
    details: Record<string, unknown> = {},
    texts?: AuditTexts,
  ): Promise<unknown> {
    return this.audit.record(
      {
        action,
        actorId: actor.id,
        actorEmail: actor.email,
        ip: actor.ip ?? null,
        targetType,
        targetId,
        details,
        texts,
      },
      tx,
    );
  }

  /**
   * Policy 5.2 on mentions not yet read: flags those whose author presents as the OU or OUSA and
   * is not an official account. Returns how many were read.
   */
  async flagImpersonation(limit = 500): Promise<number> {
    const rows = await this.authors.unchecked(limit);
    const official = new Map<string, string[]>();
    const flags: { id: string; impersonation: 'OU' | 'OUSA' | null }[] = [];
    for (const row of rows) {
      if (!official.has(row.platform)) official.set(row.platform, await this.authors.officialHandles(row.platform));
      const verdict = impersonationOf(
        { handle: row.author_handle, displayName: row.author_name },
        official.get(row.platform)!,
      );
      flags.push({ id: row.id, impersonation: verdict?.presentsAs ?? null });
    }
    await this.authors.setImpersonation(flags);
    return rows.length;
  }
}
