import {
  type AuditEntryView,
  type CaseTimelineEntry,
  type EscalationOutcome,
  type MentionNote,
  OUTCOME_LABELS,
  type PersonRef,
  SEVERITY_LABELS,
  type Severity,
} from '@ou-listening/shared';
import type { CaseNotificationRow } from './escalations.repository.js';

const AUDIENCES: Record<CaseNotificationRow['audience'], string> = {
  discipline: 'The discipline officers were',
  safeguarding: 'The Safeguarding Referrals Team was',
  managers: 'The managers were',
};

type Inputs = {
  rows: AuditEntryView[];
  notes: MentionNote[];
  notifications: CaseNotificationRow[];
  /** display names of the people cases were assigned to, by id */
  names: Map<string, string>;
};

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};

function actorOf(row: AuditEntryView): PersonRef | null {
  return row.actorId ? { id: row.actorId, displayName: row.actorName ?? row.actorEmail ?? 'A former user' } : null;
}

/**
 * A case's history in words, oldest first: "Dana Discipline acknowledged the case". Built from the
 * audit rows of the case (which name who did what), its notes (for their text) and its notification
 * records (who was told, how, and whether the email went).
 */
export function caseTimeline({ rows, notes, notifications, names }: Inputs): CaseTimelineEntry[] {
  const noteBodies = new Map(notes.map((n) => [n.id, n.body]));
  const entries: CaseTimelineEntry[] = [];
  for (const row of rows) {
    const actor = actorOf(row);
    const who = actor?.displayName ?? row.actorEmail ?? 'Someone';
    const details = record(row.details);
    const push = (kind: CaseTimelineEntry['kind'], line: string, detail: string | null = null) =>
      entries.push({ at: row.at, kind, actor, text: line, detail });
    switch (row.action) {
      case 'escalation.create': {
        const severity = details.severity as Severity | undefined;
        push('raised', `${who} raised the case${severity ? ` as ${SEVERITY_LABELS[severity] ?? severity}` : ''}`);
        break;
      }
      case 'escalation.update': {
        const changes = record(details.changes);
        if (changes.status === 'acknowledged') push('acknowledged', `${who} acknowledged the case`);
        if ('assigneeId' in changes) {
          const to = text(changes.assigneeId);
          if (!to) push('assigned', `${who} unassigned the case`);
          else if (to === row.actorId) push('assigned', `${who} took the case`);
          else push('assigned', `${who} assigned the case to ${names.get(to) ?? 'a former user'}`);
        }
        break;
      }
      case 'escalation.close': {
        const changes = record(details.changes);
        const outcome = changes.outcome as EscalationOutcome | undefined;
        const label = outcome ? (OUTCOME_LABELS[outcome] ?? outcome) : 'no outcome';
        // The note sits beside the audit row (read back as details.outcomeNote); rows from before kept it inline.
        push('closed', `${who} closed the case: ${label}`, text(details.outcomeNote ?? changes.outcomeNote));
        break;
      }
      case 'escalation.reopen':
        push('reopened', `${who} reopened the case`, text(details.reason));
        break;
      case 'escalation.note': {
        const noteId = typeof details.noteId === 'string' ? details.noteId : String(details.noteId ?? '');
        push('note', `${who} added a note`, noteBodies.get(noteId) ?? null);
        break;
      }
      case 'escalation.export':
        push('exported', `${who} exported the case as JSON`);
        break;
      case 'escalation.print':
        push('exported', `${who} opened the printable copy`);
        break;
      case 'escalation.hold':
        push('hold', `${who} put the case on legal hold`, text(details.reason));
        break;
      case 'escalation.release_hold':
        push('hold_released', `${who} released the legal hold`, text(details.reason));
        break;
      default:
        push('other', `${who}: ${row.action}`);
    }
  }
  for (const n of notifications) {
    const audience = AUDIENCES[n.audience];
    const email = `by email to ${n.recipient ?? 'nobody'}`;
    const line = {
      sent: `${audience} told ${email}`,
      queued: `${audience} to be told ${email}, in the next digest`,
      failed: `${audience} to be told ${email}, but the email failed (the notice is under the bell)`,
      stored: `${audience} told under the bell in the dashboard`,
    }[n.delivery];
    entries.push({
      at: n.sent_at ?? n.created_at,
      kind: 'notified',
      actor: null,
      text: line,
      detail: n.delivery === 'failed' ? n.error : null,
    });
  }
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
