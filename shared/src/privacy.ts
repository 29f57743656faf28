/** Data protection (issue 18): the retention schedule, legal holds, erasure, subject access. */

/** The classes the retention job deletes, and the rows it clears besides. */
export const RETENTION_COUNT_KEYS = [
  'harmless',
  'flagged',
  'acted',
  'closedCase',
  'rawPayload',
  'auditLog',
  'signInThrottle',
] as const;
export type RetentionCountKey = (typeof RETENTION_COUNT_KEYS)[number];
export type RetentionCounts = Record<RetentionCountKey, number>;

/** One class of the schedule, as configured on this server. */
export type RetentionClassView = {
  key: string;
  label: string;
  variable: string;
  days: number;
  /** what the days count from: ingestion, closing, … */
  from: string;
};

/** GET /api/privacy/retention: the schedule (read-only) and what the last passes did. */
export type RetentionOverview = {
  classes: RetentionClassView[];
  /** what is never deleted by the schedule */
  kept: string[];
  runs: RetentionRunView[];
  deletionChecks: DeletionCheckView[];
  suppressedAuthors: number;
  suppressedPosts: number;
};

export type RetentionRunView = {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  counts: Partial<RetentionCounts>;
  error: string | null;
};

export type DeletionCheckView = {
  id: string;
  platform: string;
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'ok' | 'rate_limited' | 'failed';
  checked: number;
  removed: number;
  keptHeld: number;
  error: string | null;
};

/** PUT /api/privacy/cases/:id/hold */
export type LegalHoldRequest = { held: boolean; reason: string };
/** One hold on a case, set and perhaps released; people by email. */
export type LegalHoldEntry = {
  reason: string;
  setBy: string | null;
  setAt: string;
  releasedBy: string | null;
  releasedAt: string | null;
  releaseReason: string | null;
};
export type LegalHoldView = {
  escalationId: string;
  held: boolean;
  history: LegalHoldEntry[];
  /** an author erasure this hold kept the case from, asked for then; releasing the hold carries it out */
  erasurePendingSince: string | null;
  /** the release carried out that erasure: the case and its post are gone */
  erased: boolean;
};

/** An author on one platform: by their platform id, or by handle when the id is not known. */
export type AuthorRef = { platform: string; authorId?: string; handle?: string };

/** What an erasure removed, and what it had to keep. */
export type ErasureReport = {
  /** the keyed hash of platform + author id under which the author is now suppressed (author erasure only) */
  authorHash: string | null;
  mentions: number;
  escalations: number;
  quarantined: number;
  /** the author's watchlist entry and the reports of their account to the platform, deleted (author erasure only) */
  accountRecords: number;
  /** cases under a legal hold: kept, with their evidence, and named here */
  heldEscalationIds: string[];
  /** free text in the audit log (reasons, comments, notes) about the erased posts or naming the author, now blanked */
  auditTexts: number;
};

/** The subject-access export: every row held about one author. */
export type SubjectAccessExport = {
  platform: string;
  authorId: string | null;
  handles: string[];
  exportedAt: string;
  suppressed: boolean;
  mentions: Record<string, unknown>[];
  classifications: Record<string, unknown>[];
  marks: Record<string, unknown>[];
  notes: Record<string, unknown>[];
  escalations: Record<string, unknown>[];
  quarantined: Record<string, unknown>[];
  /** the watchlist entry kept about the author: who added it, why and when */
  watchlist: Record<string, unknown>[];
  /** reports of the account made to the platform from here */
  accountReports: Record<string, unknown>[];
};
