import type { EscalationOutcome, EscalationStatus, Severity } from '@ou-listening/shared';

export const STATUS_LABELS: Record<EscalationStatus, string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  closed: 'Closed',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  urgent: 'Urgent',
};

export const OUTCOME_LABELS: Record<EscalationOutcome, string> = {
  no_further_action: 'No further action',
  informal_caution: 'Informal caution',
  referred_student_discipline: 'Referred under the Code of Practice for Student Discipline',
  referred_police: 'Referred to the police',
  other: 'Other',
};
