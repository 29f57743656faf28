import { CASE_STATUS_LABELS } from '@ou-listening/shared';

/** The words for each code live in shared/, so the server's timeline and the dashboard agree. */
export { OUTCOME_LABELS, SEVERITY_LABELS } from '@ou-listening/shared';
export const STATUS_LABELS = CASE_STATUS_LABELS;
