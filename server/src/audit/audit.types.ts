/** One thing someone did, as it goes into the append-only audit log. */
export type AuditEntry = {
  actorId?: string | null;
  actorEmail?: string | null;
  /** dotted verb: auth.login, auth.login_failed, user.update, mention.hide, … */
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
};

export type AuditRow = {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  prevHash: string | null;
  hash: string;
};
