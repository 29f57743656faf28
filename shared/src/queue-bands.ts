import { type CategoryCode, isUrgentCategory } from './categories.js';

/**
 * The queue's bands under the risk sort, walked from the top: 2 pinned (new and flagged for
 * safeguarding or threat); 1, in the Second look view only, a possible safeguarding risk or threat
 * the model was unsure about, so it never sits under posts with a higher score for something milder;
 * 0 the rest. The server pages by band; the web names where each band starts.
 */
export type QueueBand = 0 | 1 | 2;

export const QUEUE_BANDS: readonly QueueBand[] = [2, 1, 0];

/** A mention's band in the Second look view (outside it, band 1 folds into 0). */
export function secondLookBand(mention: { pinned: boolean; secondLook: readonly CategoryCode[] }): QueueBand {
  if (mention.pinned) return 2;
  return mention.secondLook.some(isUrgentCategory) ? 1 : 0;
}

/** Said where a band starts, so the risk column's jump between bands does not read as a broken sort. */
export const SECOND_LOOK_BAND_LABELS: Readonly<Record<Exclude<QueueBand, 2>, string>> = {
  1: 'Possible safeguarding risk or threat: the model is unsure',
  0: 'Unsure of something milder',
};
