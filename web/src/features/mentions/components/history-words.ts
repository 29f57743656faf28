import { auditActionLabel, type MarkKind, type MentionHistoryEntry, type Severity } from '@ou-listening/shared';
import { MARK_LABELS, platformLabel, SEVERITY_LABELS } from './format';

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
const reason = (details: Record<string, unknown>) => (text(details.reason) ? ` — reason: ${text(details.reason)}` : '');

/** An assignment in words: someone taking it, or letting it go, themselves reads as such. */
function assignment(entry: MentionHistoryEntry, who: string, bulk: string) {
  const self = (userId: unknown) => entry.actorId !== null && userId === entry.actorId;
  if (entry.details.to)
    return self(entry.details.to)
      ? `${who} took this${bulk}`
      : `${who} assigned this to ${entry.assigneeName ?? 'a colleague'}${bulk}`;
  return self(entry.details.from) ? `${who} let this go` : `${who} unassigned this`;
}

/** One line of a mention's history as a person says it: "Chris Comms hid this — reason: spam". */
export function historyInWords(entry: MentionHistoryEntry): string {
  const who = entry.actorName ?? (entry.actorEmail ? 'Someone' : 'The system');
  const d = entry.details;
  const bulk = d.bulk === true ? ' (with others)' : '';
  switch (entry.action) {
    case 'mention.hide':
      return `${who} hid this${d.onPlatform ? ' here and on the platform' : ''}${bulk}${reason(d)}`;
    case 'mention.unhide':
      return `${who} unhid this`;
    case 'mention.escalate': {
      const severity = SEVERITY_LABELS[d.severity as Severity] ?? String(d.severity);
      return `${who} escalated this as ${severity.toLowerCase()} severity${reason(d)}`;
    }
    case 'mention.mark': {
      const label = MARK_LABELS[d.mark as MarkKind] ?? String(d.mark);
      return `${who} marked this “${label}”${bulk}${text(d.note) ? ` — note: ${text(d.note)}` : ''}`;
    }
    case 'mention.unmark':
      return `${who} took back their mark`;
    case 'mention.assign':
      return assignment(entry, who, bulk);
    case 'mention.note':
      return `${who} added a note`;
    case 'mention.reply':
      return `${who} replied on ${platformLabel(String(d.platform))}${d.demo === true ? ' (demo: nothing was sent)' : ''}`;
    case 'mention.reply_failed':
      return `${platformLabel(String(d.platform))} never took the reply, so this is back in the queue`;
    default:
      // A demo mention's platform actions say no platform was contacted (the label reads the details).
      return `${who}: ${auditActionLabel(entry.action, d)}${entry.action === 'platform.block' ? reason(d) : ''}`;
  }
}
