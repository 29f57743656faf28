import { MENTION_STATUSES, type MentionStatus } from '@ou-listening/shared';
import type { QueueFilters as Filters, QueueSort } from '../filters';
import { STATUS_LABELS } from './format';
import { useAssignableUsers } from '../api/get-assignable-users';
import { LinkFilters } from './link-filters';
import { PlatformFilter } from './platform-filter';
import { Options } from '../../../components/ui/options';

const MIN_SCORES = [0.3, 0.5, 0.7, 0.9];

/** The on/off filters, in the order they are shown. */
const CHECKS = [
  ['secondLook', 'Second look only'],
  ['ownAccount', 'On our accounts only'],
  ['watchedAuthor', 'Watched authors only'],
  ['impersonation', 'Possible impersonation only (5.2)'],
] as const;

type Props = { filters: Filters; change: (changes: Partial<Filters>) => void };

const ALL_STATUSES = 'all';
const scoreText = (score: number) => `${Math.round(score * 100)} or more`;

/**
 * Every filter but the search box: each change goes straight to the URL. Whatever a link put in
 * the URL shows here too (a score, an assignee or a status the controls do not offer themselves).
 */
export function QueueFilterFields({ filters, change }: Props) {
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => change({ [key]: value });
  const minScores =
    filters.minScore === null || MIN_SCORES.includes(filters.minScore)
      ? MIN_SCORES
      : [...MIN_SCORES, filters.minScore].sort((a, b) => a - b);
  const assignee = filters.assignee;
  const someoneElse = assignee !== null && assignee !== 'me' && assignee !== 'none';
  const users = useAssignableUsers({ enabled: someoneElse });
  return (
    <>
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
      <PlatformFilter platform={filters.platform} onChange={(platform) => set('platform', platform)} />
      <label>
        From
        <input type="date" value={filters.from ?? ''} onChange={(e) => set('from', e.target.value || null)} />
      </label>
      <label>
        To
        <input type="date" value={filters.to ?? ''} onChange={(e) => set('to', e.target.value || null)} />
      </label>
      <label>
        Minimum risk
        <select
          value={filters.minScore ?? ''}
          onChange={(e) => set('minScore', e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">Any</option>
          {minScores.map((score) => (
            <option key={score} value={score}>
              {scoreText(score)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Assigned to
        <select value={filters.assignee ?? ''} onChange={(e) => set('assignee', e.target.value || null)}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          <option value="none">Nobody</option>
          {someoneElse && (
            <option value={assignee}>
              {users.data?.find((u) => u.id === assignee)?.displayName ?? 'Someone else'}
            </option>
          )}
        </select>
      </label>
      {CHECKS.map(([key, label]) => (
        <label key={key} className="choice">
          <input type="checkbox" checked={filters[key]} onChange={(e) => set(key, e.target.checked)} />
          {label}
        </label>
      ))}
      <LinkFilters filters={filters} change={change} />
      <label>
        Sort by
        <select value={filters.sort} onChange={(e) => set('sort', e.target.value as QueueSort)}>
          <option value="risk">Highest risk</option>
          <option value="newest">Newest</option>
        </select>
      </label>
    </>
  );
}
