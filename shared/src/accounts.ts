import type { Role } from './roles.js';

/** Who is signed in, as GET /api/auth/me and POST /api/auth/login answer. */
export type SessionUser = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
};

/** GET /api/auth/me: the session's user, and whether they must change their password before anything else. */
export type Me = SessionUser & { mustChangePassword: boolean };

/** POST /api/auth/password */
export type ChangePasswordRequest = { currentPassword: string; newPassword: string };

/** The `code` of the 403 every route but the change, sign-out and /api/auth/me gives while a change comes first. */
export const PASSWORD_CHANGE_REQUIRED = 'password_change_required';

export type UserSummary = SessionUser & {
  disabled: boolean;
  createdAt: string;
};

export type CreateUserRequest = { email: string; displayName: string; role: Role; password?: string };
export type UpdateUserRequest = { role?: Role; displayName?: string; disabled?: boolean };
export type CreatedUser = { user: UserSummary; generatedPassword?: string };
/** POST /api/users/:id/reset-password: the generated password, shown once. */
export type PasswordReset = { user: UserSummary; generatedPassword: string };

export type AuditEntryView = {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  /** the actor's display name now; null for the system or a deleted account */
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  /** the target in words where it has a name (a user's display name); null otherwise */
  targetName: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  hash: string;
};

export type AuditPage = { items: AuditEntryView[]; nextCursor: string | null };

/** POST /api/audit/verify: what `npm run audit:verify` would say, now. */
export type AuditVerification = {
  ok: boolean;
  /** rows checked */
  rows: number;
  /** the signed checkpoint the chain was checked against; null when there was none yet */
  checkpointAt: string | null;
  /** the first row that failed; null when all passed or the fault is in the checkpoint file */
  firstBadId: string | null;
  /** the same sentence the command prints */
  message: string;
  checkedAt: string;
};
