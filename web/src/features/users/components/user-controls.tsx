import { ROLE_LABELS, ROLES, type Role, type UserSummary } from '@ou-listening/shared';
import { Button } from '../../../components/ui/button';
import { Options } from '../../../components/ui/options';

type RoleProps = { user: UserSummary; disabled: boolean; onChange: (role: Role) => void };

export function RoleSelect({ user, disabled, onChange }: RoleProps) {
  return (
    <select
      aria-label={`Role of ${user.email}`}
      value={user.role}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value as Role)}
    >
      <Options values={ROLES} labels={ROLE_LABELS} />
    </select>
  );
}

type ActionProps = {
  user: UserSummary;
  updating: boolean;
  resetting: boolean;
  onToggleDisabled: () => void;
  onReset: () => void;
};

export function UserActions({ user, updating, resetting, onToggleDisabled, onReset }: ActionProps) {
  return (
    <span className="actions">
      <Button disabled={updating} onClick={onToggleDisabled}>
        {user.disabled ? `Enable ${user.email}` : `Disable ${user.email}`}
      </Button>
      <Button aria-label={`Reset password of ${user.email}`} disabled={resetting} onClick={onReset}>
        Reset password
      </Button>
    </span>
  );
}
