import type { CaseClock, CaseInboxFigures, CaseTimelineEntry } from './cases.js';
import { CATEGORY_CODES, type CategoryCode } from './categories.js';
import type { CategoryResult } from './classification.js';
import type { OwnAccountContext, PlatformActionView, PlatformOptions } from './own-accounts.js';

/** Triage (the Communications Unit's queue) and escalations: the API's shapes, used by both sides. */

/**
 * `dismissed`: marked "false positive" or "no action needed" — decided, so out of the open queue
 * (new and reviewed), which is what still needs a decision.
 */
export const MENTION_STATUSES = ['new', 'reviewed', 'dismissed', 'escalated', 'hidden'] as const;
export type MentionStatus = (typeof MENTION_STATUSES)[number];

export function isMentionStatus(value: unknown): value is MentionStatus {
  return typeof value === 'string' && (MENTION_STATUSES as readonly string[]).includes(value);
}

/** The longest note a person may add to a mention, a mark, an escalation or a bulk action. */
export const NOTE_MAX_LENGTH = 5000;

/** The longest queue search the server accepts. */
export const SEARCH_MAX_LENGTH = 200;

export const MARK_KINDS = ['no_action', 'false_positive', 'needs_follow_up', 'responded'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ESCALATION_STATUSES = ['open', 'acknowledged', 'closed'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

export const ESCALATION_OUTCOMES = [
  'no_further_action',
  'informal_caution',
  'referred_student_discipline',
  'referred_police',
  'referred_safeguarding',
  'emergency_services_contacted',
  'other',
] as const;
export type EscalationOutcome = (typeof ESCALATION_OUTCOMES)[number];

export type PersonRef = {
  id: string;
  displayName: string;
  /** set where it matters who can still act: a case assigned to a disabled account is nobody's */
  disabled?: true;
};

/** A person's name as a list shows it: "Devon Officer (account disabled)". */
export function personName(person: PersonRef | null, none = 'Unassigned'): string {
  if (!person) return none;
  return person.disabled ? `${person.displayName} (account disabled)` : person.displayName;
}

/** One row of the queue. `version` goes back with every action (optimistic concurrency). */
export type MentionListItem = {
  id: string;
  platform: string;
  externalId: string;
  url: string | null;
  authorId: string | null;
  authorHandle: string | null;
  authorName: string | null;
  text: string;
  lang: string | null;
  postedAt: string;
  ingestedAt: string;
  isDemo: boolean;
  status: MentionStatus;
  hidden: boolean;
  riskScore: number;
  topCategory: CategoryCode | null;
  /** highest score first, with evidence spans into `text` */
  categories: CategoryResult[];
  /**
   * Categories the model scored under their threshold but over their second-look floor: not flagged,
   * shown in the Second look view (safeguarding and threat with a "possible risk" tag).
   */
  secondLook: CategoryCode[];
  latestMark: { mark: MarkKind; at: string; by: PersonRef | null } | null;
  assignee: PersonRef | null;
  noteCount: number;
  /** the latest escalation of this mention, so comms see where it stands */
  escalation: { id: string; status: EscalationStatus; severity: Severity } | null;
  /** left on the OU's own Facebook Page or Instagram account (issue 16) */
  onOwnAccount: boolean;
  /** the post it was left on and what the platform allows; null for mentions found elsewhere */
  ownContext: OwnAccountContext | null;
  /** hidden on the platform itself, as the platform last confirmed */
  platformHidden: boolean;
  /** from an author on the watchlist: raised in the queue (issue 16 §4) */
  watchedAuthor: boolean;
  /** the author presents themself as the OU or the Students Association and is not an official account (policy 5.2) */
  impersonation: 'OU' | 'OUSA' | null;
  version: number;
};

export type MentionPage = { items: MentionListItem[]; nextCursor: string | null };

/** GET /api/mentions/summary (same filters as the list, less `category`): what the queue holds. */
export type QueueSummary = {
  total: number;
  byCategory: Record<CategoryCode, number>;
  /**
   * null: every count here is exact. Otherwise the filter (a search, a score, an assignee, second look, a time
   * inside a day) was counted row by row and the counting stopped early: a count above this number
   * (total, byCategory or newSinceLastSeen) means "more than this many" (show `${countLimit}+`).
   */
  countLimit: number | null;
  /**
   * true: the filter matches so many mentions (a broad search) that `total`, and each `byCategory`
   * count above `countLimit`, are the database planner's estimates, rounded: show them as "about N".
   * Counts at or below `countLimit`, and `newSinceLastSeen`, stay exact or capped as above.
   */
  approximate: boolean;
  /** mentions ingested since this user last marked the queue as seen (POST /api/mentions/seen) */
  newSinceLastSeen: number;
  lastSeenAt: string | null;
};

export type MentionNote = { id: string; body: string; author: PersonRef | null; createdAt: string };

export type MentionMarkView = {
  mark: MarkKind;
  correctedCategories: CategoryCode[] | null;
  note: string | null;
  by: PersonRef | null;
  at: string;
};

export type MentionHistoryEntry = {
  at: string;
  actorEmail: string | null;
  /** the actor's user id, when the actor is a user of the dashboard */
  actorId: string | null;
  /** the actor's display name, when the actor is a user of the dashboard */
  actorName: string | null;
  /** for an assignment, the new assignee's display name (null when unassigned) */
  assigneeName: string | null;
  action: string;
  details: Record<string, unknown>;
};

export type MentionDetail = MentionListItem & {
  history: MentionHistoryEntry[];
  notes: MentionNote[];
  marks: MentionMarkView[];
  /** the same author's other recent mentions, newest first (at most 10) */
  authorRecent: Pick<MentionListItem, 'id' | 'text' | 'postedAt' | 'topCategory' | 'riskScore' | 'status'>[];
  /** what was asked of the platform about this mention or its author, oldest first */
  platformActions: PlatformActionView[];
  /** hide, reply and block on the platform: offered or not, and why; null when not on our own account */
  platformOptions: PlatformOptions | null;
  /** who was told about the latest escalation, and when, from the notification records (oldest first) */
  escalationNotices: EscalationNoticeView[];
};

/** One notice sent about an escalation: the team told, and how it went. */
export type EscalationNoticeView = {
  audience: 'discipline' | 'safeguarding' | 'managers';
  /** the address the e-mail went to; null when it was shown under the bell only */
  recipient: string | null;
  delivery: 'stored' | 'queued' | 'sent' | 'failed';
  createdAt: string;
  sentAt: string | null;
};

/** GET /api/mentions/assignable-users: the enabled comms and admin users, by name. */
export type AssignableUser = PersonRef;

/** A University safeguarding contact, from SAFEGUARDING_CONTACTS. */
export type SafeguardingContact = { name: string; phone: string; email: string };

/**
 * How an urgent escalation reaches the Safeguarding Referrals Team on this server: e-mailed at once
 * (SMTP_URL and an address are set), or only a notice under the bell in the dashboard, so the
 * on-screen steps never promise an alert nobody will receive.
 */
export type SafeguardingAlert = { emailed: boolean };

/** POST /api/mentions/:id/unmark: takes back the caller's latest mark (the undo after Mark). */
export type UnmarkRequest = { version: number };

/** The body of a 409: someone else changed the mention first; here is how it stands now. */
export type MentionConflict = { statusCode: 409; error: 'Conflict'; message: string; current: MentionListItem };

/** onPlatform: hide it on Facebook/Instagram too (never implied; only where platformOptions.hide is offered) */
export type HideRequest = { reason: string; version: number; onPlatform?: boolean };
export type UnhideRequest = { version: number };
export type EscalateRequest = { reason: string; severity: Severity; version: number };
export type MarkRequest = { mark: MarkKind; categories?: CategoryCode[]; note?: string; version: number };
export type AssignRequest = { userId: string | null };
export type NoteRequest = { body: string };
/** `versions`: each mention's version when it was ticked; a mention changed since refuses the lot (409). */
type BulkTarget = { ids: string[]; versions?: Record<string, number> };
export type BulkRequest = BulkTarget &
  (
    | { action: 'hide'; reason: string }
    | { action: 'mark'; mark: MarkKind; note?: string }
    | { action: 'assign'; userId: string | null }
    // The undo of a bulk hide or mark: `versions` as the bulk answer gave them.
    | { action: 'unhide' | 'unmark'; versions: Record<string, number> }
  );
/** The body of a bulk 409: the ticked mentions changed since (nothing was changed). */
export type BulkChanged = { statusCode: 409; message: string; changed: string[] };
/** `versions`: each mention's version after the change, for an undo that must not overwrite a later one. */
export type BulkResult = { updated: number; versions: Record<string, number> };
/** POST /api/mentions/:id/escalate: the mention as it now stands and the escalation that was opened. */
export type EscalateResult = { mention: MentionListItem; escalationId: string };
/** The body of a bulk 404: the ids that do not exist (nothing was changed). */
export type BulkNotFound = { statusCode: 404; error: 'Not Found'; message: string; missing: string[] };

/** What was captured when a mention was escalated; the hash covers exactly these fields. */
export type EvidenceSnapshot = {
  platform: string;
  externalId: string;
  url: string | null;
  text: string;
  authorId: string | null;
  authorHandle: string | null;
  authorName: string | null;
  postedAt: string;
  classifications: {
    category: CategoryCode;
    score: number;
    evidence: CategoryResult['evidence'];
    modelVersion: string;
  }[];
  capturedAt: string;
  capturedBy: { id: string | null; email: string };
  /** a public report (issue 17): what the reporter said about where and when, never who they are */
  report?: EvidenceReport;
  /** a public report's screenshots, each by its SHA-256, so this snapshot's hash covers their bytes */
  screenshots?: EvidenceScreenshot[];
};

export type EvidenceReport = {
  reference: string;
  platform: string;
  link: string | null;
  happenedAt: string;
  involved: string | null;
  reporterType: string;
};

export type EvidenceScreenshot = {
  id: string;
  position: number;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  sha256: string;
};

export type EscalationSummary = {
  id: string;
  mentionId: string | null;
  reason: string;
  severity: Severity;
  status: EscalationStatus;
  categories: CategoryCode[];
  raisedBy: PersonRef | null;
  assignee: PersonRef | null;
  outcome: EscalationOutcome | null;
  createdAt: string;
  updatedAt: string;
  /** when it was last reopened after closing; null if never */
  reopenedAt: string | null;
  /** age, time to acknowledge and the target for its severity (issue 19 §6) */
  clock: CaseClock;
  version: number;
};

/** What the bell in the header lists. */
export type NotificationView = {
  id: string;
  kind: 'escalation' | 'spike_alert';
  subject: string;
  /** a path in the dashboard */
  link: string;
  createdAt: string;
  read: boolean;
};

export type EscalationDetail = EscalationSummary & {
  outcomeNote: string | null;
  closedAt: string | null;
  legalHold: boolean;
  evidence: EvidenceSnapshot;
  evidenceSha256: string;
  /** false means the stored evidence no longer matches its hash: it was altered after capture */
  evidenceVerified: boolean;
  notes: MentionNote[];
  /** how the mention stands now; null when it was deleted (the evidence is kept under legal hold) */
  mention: { id: string; status: MentionStatus; hidden: boolean } | null;
};

export type EscalationCounts = CaseInboxFigures & {
  open: number;
  acknowledged: number;
  closed: number;
  bySeverity: Record<Severity, number>;
};

export type UpdateEscalationRequest = {
  status?: EscalationStatus;
  assigneeId?: string | null;
  outcome?: EscalationOutcome;
  outcomeNote?: string;
  version: number;
};

export type EscalationExport = {
  escalation: EscalationSummary & { outcomeNote: string | null; closedAt: string | null };
  /** under a legal hold when exported */
  legalHold: boolean;
  /** the officers' and comms' notes on the case, oldest first */
  notes: MentionNote[];
  /** the case's history in words, oldest first, as the case page shows it */
  timeline: CaseTimelineEntry[];
  evidence: EvidenceSnapshot;
  evidenceSha256: string;
  evidenceVerified: boolean;
  hashAlgorithm: string;
  exportedAt: string;
  exportedBy: string;
};

/**
 * The queue's `topCategory` filter: the mention's top category, as Trends counts it — a category,
 * 'none' (not flagged) or 'any' (flagged) — so a figure on Trends opens exactly its mentions.
 */
export const TOP_CATEGORY_FILTERS = [...CATEGORY_CODES, 'none', 'any'] as const;
export type TopCategoryFilter = (typeof TOP_CATEGORY_FILTERS)[number];
