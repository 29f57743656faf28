import { useHealth } from '../api/get-health';

/** A small badge in the header: is the server reachable, is its database up. */
export function HealthIndicator() {
  const health = useHealth();
  const [label, tone] = health.isPending
    ? ['Checking…', 'pending']
    : health.isError
      ? ['Server unreachable', 'bad']
      : health.data.database === 'up'
        ? ['Database up', 'good']
        : ['Database down', 'bad'];
  return (
    <span className={`health health--${tone}`} role="status" aria-label={`System status: ${label}`}>
      <span className="health__dot" aria-hidden="true" />
      {label}
    </span>
  );
}
