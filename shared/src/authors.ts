import type { CategoryCode } from './categories.js';

/**
 * One author on one platform, across every source (issue 16 §4). Comms and admins see who they
 * are, their mentions and the notes on them; managers see the counts only, never a handle, a name
 * or a post (data protection).
 */
/** Which author a handle on a platform belongs to (Trends' top authors link to their Author page). */
export type AuthorIdView = { platform: string; authorId: string };

export type AuthorProfile = {
  platform: string;
  /** the platform's id for the account, as the mentions carry it; null for managers */
  authorId: string | null;
  handle: string | null;
  displayName: string | null;
  total: number;
  firstSeen: string | null;
  lastSeen: string | null;
  byCategory: { category: CategoryCode; count: number }[];
  /** newest first, at most 50; empty for managers */
  mentions: AuthorMention[];
  /** notes left on this author's mentions, newest first; empty for managers */
  notes: AuthorNote[];
  watched: boolean;
  /** policy 5.2: the name or handle presents the account as the OU or OUSA and it is not on the official list */
  impersonation: ImpersonationVerdict | null;
  reports: AccountReportView[];
  /** the platform's own page for reporting the account, when it has one */
  reportUrl: string | null;
  /** false for managers: they see counts only */
  detailed: boolean;
};

export type AuthorMention = {
  id: string;
  text: string;
  url: string | null;
  postedAt: string;
  categories: CategoryCode[];
  onOwnAccount: boolean;
};

export type AuthorNote = { mentionId: string; body: string; by: string | null; at: string };

export type ImpersonationVerdict = { policy: '5.2'; presentsAs: 'OU' | 'OUSA'; matched: string };

export type AccountReportView = { id: string; reason: string; by: string | null; at: string };

export type AccountReportRequest = { reason: string };
export type WatchRequest = { reason?: string };
