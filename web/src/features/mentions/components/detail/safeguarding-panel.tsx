import { CATEGORY_INFO, type MentionDetail } from '@ou-listening/shared';
import { EmergencyLine } from '../../../../components/ui/emergency-line';
import { useSafeguardingContacts } from '../../api/get-safeguarding-contacts';
import { useSafeguardingAlert } from '../../api/get-safeguarding-alert';
import { urgentCategoriesOf, urgentSteps } from '../format';
import { EscalationNotices } from './escalation-notices';
import { SafeguardingContacts } from './safeguarding-contacts';

const TO_RECORD = [
  'What was posted, where, and the link to it (the mention keeps a copy)',
  'When you saw it, and what you did, in order, with the times',
  'Whom you told — names, phone numbers or addresses — and what they said',
  'Your reason, in the escalation: the case keeps it with the evidence',
];

type Props = { mention: MentionDetail };

/** On every safeguarding or threat mention: the policy's emergency steps, whom to call, what to record, who was told. */
export function SafeguardingPanel({ mention }: Props) {
  const contacts = useSafeguardingContacts();
  const alert = useSafeguardingAlert();
  const danger = urgentCategoriesOf(mention);
  return (
    <section className="mention-detail__steps safeguarding" aria-labelledby="detail-urgent-steps">
      <h3 id="detail-urgent-steps">What to do now</h3>
      <EmergencyLine className="safeguarding__emergency" />
      <ul>
        {danger.map((code) => (
          <li key={code}>
            <strong>{CATEGORY_INFO[code].label}:</strong> {urgentSteps(code, alert.data?.emailed)}
          </li>
        ))}
      </ul>
      <h4>University safeguarding contacts</h4>
      <SafeguardingContacts query={contacts} />
      <h4>What to record</h4>
      <ul>
        {TO_RECORD.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {mention.escalation && <EscalationNotices notices={mention.escalationNotices} />}
    </section>
  );
}
