import type { Role } from '@ou-listening/shared';

/** A user as the server holds it; the hash never leaves this layer. */
export type UserRecord = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  passwordHash: string | null;
  /** set once the person has signed in through SSO */
  oidcSubject: string | null;
  disabledAt: Date | null;
  /** set by an admin's reset and at the first start: only the password change is open until it is done */
  mustChangePassword: boolean;
  createdAt: Date;
};
