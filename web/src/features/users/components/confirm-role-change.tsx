import type { Role, UserSummary } from '@ou-listening/shared';
import { useEffect, useId, useRef } from 'react';
import '../users.css';

const ROLE_AS_NOUN: Record<Role, string> = {
  comms: 'a Communications Unit member',
  manager: 'a manager',
  discipline: 'a discipline officer',
  admin: 'an administrator',
};

type Props = {
  user: UserSummary;
  role: Role;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** "Make Chris Comms a manager?": a role changes only once the admin has read the change and said yes. */
export function ConfirmRoleChange({ user, role, pending, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>
        Make {user.displayName} {ROLE_AS_NOUN[role]}?
      </h2>
      <p>
        {user.displayName} ({user.email}) is {ROLE_AS_NOUN[user.role]} now. What they can see and do changes at their
        next request, and the change is written to the audit log.
      </p>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onConfirm} disabled={pending}>
          Yes, make them {ROLE_AS_NOUN[role]}
        </button>
        <button type="button" className="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
