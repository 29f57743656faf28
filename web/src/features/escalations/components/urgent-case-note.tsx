import { type EscalationDetail, isUrgentCategory } from '@ou-listening/shared';
import { EmergencyLine } from '../../../components/ui/emergency-line';
import '../cases.css';

type Props = { escalation: Pick<EscalationDetail, 'categories' | 'status'> };

/**
 * On an open case about a risk to life or a threat: the emergency step comes before the paperwork,
 * for the officer as for the comms staff who raised it ("In an emergency", policy 2.1).
 */
export function UrgentCaseNote({ escalation }: Props) {
  const urgent = escalation.categories.filter(isUrgentCategory);
  if (urgent.length === 0 || escalation.status === 'closed') return null;
  return (
    <section className="card case-emergency no-print" aria-label="In an emergency">
      <EmergencyLine />
      {urgent.includes('threat') && (
        <p>
          A threat that is specific and imminent — a named person, place or time — goes to the police on 999 now, before
          anything else on this page.
        </p>
      )}
    </section>
  );
}
