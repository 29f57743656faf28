import { MENTION_STATUSES, type MentionStatus } from '@ou-listening/shared';
import type { QueueFilters as Filters } from '../filters';
import { STATUS_LABELS } from './format';
import { useAssignableUsers } from '../api/get-assignable-users';
import { Options } from '../../../components/ui/options';

type Props = { filters: Filters; change: (changes: Partial<Filters>) => void };

const ALL_STATUSES = 'all';
const MIN_SCORES = [0.3, 0.5, 0.7, 0.9];
const scoreText = (score: number) => `${Math.round(score * 100)} or more`;

/** Open by default, one status, or any: "any" is its own URL flag, so a link can ask for it. */
export function StatusFilter({ filters, change }: Props) {
  return (
    <label>
      Status
      <select
        value={filters.status ?? (filters.anyStatus ? ALL_STATUSES : '')}
        onChange={(e) =>
          e.target.value === ALL_STATUSES
            ? change({ status: null, anyStatus: true })
            : change({ status: (e.target.value || null) as MentionStatus | null, anyStatus: false })
        }
      >
        <option value="">Open (still to decide)</option>
        <Options values={MENTION_STATUSES} labels={STATUS_LABELS} />
        <option value={ALL_STATUSES}>Any status</option>
      </select>
    </label>
  );
}

/** The usual floors, plus whatever floor a link asked for. */
export function MinScoreFilter({ filters, change }: Props) {
  const minScores =
    filters.minScore === null || MIN_SCORES.includes(filters.minScore)
      ? MIN_SCORES
      : [...MIN_SCORES, filters.minScore].sort((a, b) => a - b);
  return (
    <label>
      Minimum risk
      <select
        value={filters.minScore ?? ''}
        onChange={(e) => change({ minScore: e.target.value ? Number(e.target.value) : null })}
      >
        <option value="">Any</option>
        {minScores.map((score) => (
          <option key={score} value={score}>
            {scoreText(score)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Anyone, me, nobody, or the colleague a link named (looked up only then, for their name). */
export function AssigneeFilter({ filters, change }: Props) {
  const assignee = filters.assignee;
  const someoneElse = assignee !== null && assignee !== 'me' && assignee !== 'none';
  const users = useAssignableUsers({ enabled: someoneElse });
  return (
    <label>
      Assigned to
      <select value={assignee ?? ''} onChange={(e) => change({ assignee: e.target.value || null })}>
        <option value="">Anyone</option>
        <option value="me">Me</option>
        <option value="none">Nobody</option>
        {someoneElse && (
          <option value={assignee}>{users.data?.find((u) => u.id === assignee)?.displayName ?? 'Someone else'}</option>
        )}
      </select>
    </label>
  );
}
