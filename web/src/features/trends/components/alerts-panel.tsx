import type { SpikeAlertView } from '@ou-listening/shared';
import { formatUkTime } from '../../../lib/uk-time';
import { labelOf } from './series';
import { Button } from '../../../components/ui/button';

type Props = { alerts: SpikeAlertView[]; onAcknowledge: (id: string) => void; acknowledging: boolean };

const when = (iso: string) => formatUkTime(iso);

/** Unacknowledged spikes: a category well above the same hour (or day) over the last four weeks. */
export function AlertsPanel({ alerts, onAcknowledge, acknowledging }: Props) {
  if (alerts.length === 0) return null;
  return (
    <section className="card spike-alerts" aria-label="Spike alerts">
      <h2>Spike alerts</h2>
      <ul>
        {alerts.map((alert) => (
          <li key={alert.id} className="spike-alert">
            <div>
              <strong>
                {labelOf(alert.category)}: {alert.count} posts in the {alert.window === 'hour' ? 'hour' : '24 hours'} to{' '}
                {when(alert.windowEnd)}
              </strong>
              <span className="muted">
                {' '}
                — usually {alert.baselineMedian} (alert at {alert.threshold.toFixed(1)})
                {alert.terms.length > 0 && <> · terms: {alert.terms.join(', ')}</>}
              </span>
            </div>
            <Button
              disabled={acknowledging}
              onClick={() => onAcknowledge(alert.id)}
              aria-label={`Acknowledge the ${labelOf(alert.category)} spike`}
            >
              Acknowledge
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
