import type { Role } from './roles.js';

/** Who is signed in, as GET /api/auth/me and POST /api/auth/login answer. */
export type SessionUser = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
};

export type UserSummary = SessionUser & {
  disabled: boolean;
  createdAt: string;
};

export type CreateUserRequest = { email: string; displayName: string; role: Role; password?: string };
export type UpdateUserRequest = { role?: Role; displayName?: string; disabled?: boolean };
export type CreatedUser = { user: UserSummary; generatedPassword?: string };

export type AuditEntryView = {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  hash: string;
};

export type AuditPage = { items: AuditEntryView[]; nextCursor: string | null };
