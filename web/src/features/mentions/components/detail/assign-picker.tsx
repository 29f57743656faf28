import type { PersonRef } from '@ou-listening/shared';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../../components/ui/button';
import { useAssignableUsers } from '../../api/get-assignable-users';

const NOBODY = '';

type Props = {
  assignee: PersonRef | null;
  currentUserId: string;
  isBusy: boolean;
  onAssign: (id: string | null) => void;
};

/** Assign to anyone who works the queue (enabled comms and admin users), by name. */
export function AssignPicker({ assignee, currentUserId, isBusy, onAssign }: Props) {
  const users = useAssignableUsers();
  const [choice, setChoice] = useState(assignee?.id ?? currentUserId);
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onAssign(choice === NOBODY ? null : choice);
  };
  const others = (users.data ?? []).filter((u) => u.id !== currentUserId);
  return (
    <form className="assign-picker" onSubmit={handleSubmit}>
      <label>
        Assign to
        <select value={choice} onChange={(e) => setChoice(e.target.value)} disabled={users.isPending}>
          <option value={currentUserId}>Me</option>
          {others.map((u) => (
            <option key={u.id} value={u.id}>
              {u.displayName}
            </option>
          ))}
          <option value={NOBODY}>Nobody</option>
        </select>
      </label>
      <Button type="submit" disabled={isBusy || choice === (assignee?.id ?? NOBODY)}>
        Assign
      </Button>
      {users.isError && <span className="text--error">Could not load the colleagues: {users.error.message}</span>}
    </form>
  );
}
