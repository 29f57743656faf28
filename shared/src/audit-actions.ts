/**
 * Every action the audit log records, with the words an admin reads for it: the one place that
 * maps a code to a label (issue 19 §7). A code missing here still shows, as itself; a test checks
 * that every code the server writes has its label.
 */
export const AUDIT_ACTION_LABELS = {
  'auth.login': 'Signed in',
  'auth.login_failed': 'Sign-in failed',
  'auth.login_throttled': 'Sign-in throttled',
  'auth.logout': 'Signed out',
  'auth.sso_refused': 'Single sign-on refused',
  'user.bootstrap_admin': 'First admin created',
  'user.create': 'User created',
  'user.update': 'User changed',
  'user.disable': 'User disabled',
  'user.enable': 'User enabled',
  'user.password_change': 'Password changed',
  'user.password_change_failed': 'Password change failed',
  'user.password_reset': 'Password reset',
  'source.create': 'Source added',
  'source.update': 'Source changed',
  'watch_query.create': 'Watch query added',
  'watch_query.update': 'Watch query changed',
  'mention.hide': 'Mention hidden',
  'mention.unhide': 'Mention unhidden',
  'mention.mark': 'Mention marked',
  'mention.unmark': 'Mark taken back (undo)',
  'author.report': 'Account reported to the platform',
  'author.watch': 'Author added to the watchlist',
  'author.unwatch': 'Author removed from the watchlist',
  'official_account.add': 'Official account listed',
  'official_account.remove': 'Official account removed from the list',
  'mention.assign': 'Mention assigned',
  'mention.note': 'Note on a mention',
  'mention.escalate': 'Mention escalated',
  'mention.reply': 'Replied on the platform',
  'mention.reply_failed': 'Reply never reached the platform: back in the queue',
  'platform.hide': 'Hidden on the platform',
  'platform.unhide': 'Unhidden on the platform',
  'platform.reply': 'Reply sent to the platform',
  'platform.block': 'Author blocked on the platform',
  'platform.unblock': 'Author unblocked on the platform',
  'escalation.create': 'Case raised',
  'escalation.update': 'Case updated',
  'escalation.close': 'Case closed',
  'escalation.reopen': 'Case reopened',
  'escalation.note': 'Note on a case',
  'escalation.export': 'Case exported',
  'escalation.print': 'Printable copy of a case opened',
  'escalation.hold': 'Case put on legal hold',
  'escalation.release_hold': 'Legal hold released',
  'report.receive': 'Public report received',
  'report.link': 'Public report linked',
  'trends.alert_acknowledge': 'Spike alert acknowledged',
  'privacy.erase_author': 'Author erased',
  'privacy.erase_mention': 'Mention erased',
  'privacy.erase_deferred': 'Erasure carried out when a legal hold was released',
  'privacy.export_author': 'Author data exported',
  'privacy.retention_run': 'Retention run',
  'privacy.erase_expired': 'Audit texts about posts past their retention blanked',
  'privacy.platform_deletions': 'Platform deletion check',
  'audit.verify': 'Audit chain verified',
} as const satisfies Record<string, string>;

export type KnownAuditAction = keyof typeof AUDIT_ACTION_LABELS;

export const KNOWN_AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as KnownAuditAction[];

/** A platform action on a demo mention was settled here: no platform was asked anything. */
const DEMO_PLATFORM_LABELS: Readonly<Record<string, string>> = {
  'platform.hide': 'Hidden as if on the platform',
  'platform.unhide': 'Unhidden as if on the platform',
  'platform.reply': 'Reply recorded as if sent',
  'platform.block': 'Author blocked as if on the platform',
  'platform.unblock': 'Author unblocked as if on the platform',
};

/**
 * The label of an action code, or the code itself when it has none. Given the row's details, a
 * demo mention's platform action says that no platform was contacted, wherever it is shown.
 */
export function auditActionLabel(action: string, details?: Readonly<Record<string, unknown>>): string {
  const demo = details?.demo === true ? DEMO_PLATFORM_LABELS[action] : undefined;
  if (demo) return `${demo} (demo: no platform was contacted)`;
  return (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? action;
}
