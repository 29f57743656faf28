import type { Role, UserSummary } from '@ou-listening/shared';
import { useEffect, useId, useRef } from 'react';
import { Button } from '../../../components/ui/button';
import '../users.css';

const ROLE_AS_NOUN: Record<Role, string> = {
  comms: 'a Communications Unit member',
  manager: 'a manager',
  discipline: 'a discipline officer',
  admin: 'an administrator',
};

/** A user and the role the admin picked for them, waiting to be confirmed. */
export type RoleChange = { user: UserSummary; role: Role };

type Props = { change: RoleChange; pending: boolean; onConfirm: () => void; onCancel: () => void };

/**
 * "Make Chris Comms a manager?": a role changes only once the admin has read the change and said yes.
 * A native modal `<dialog>`, not the kit's: it makes the users table behind it inert until answered.
 */
export function ConfirmRoleChange({ change: { user, role }, pending, onConfirm, onCancel }: Props) {
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
        <Button variant="primary" onClick={onConfirm} disabled={pending}>
          Yes, make them {ROLE_AS_NOUN[role]}
        </Button>
        <Button onClick={onCancel} autoFocus>
          Cancel
        </Button>
      </div>
    </dialog>
  );
}
