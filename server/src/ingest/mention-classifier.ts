import type { ClassificationResult } from '@ou-listening/shared';

/**
 * What ingestion needs from classification: one synchronous verdict per post text. The classify
 * feature's ClassifierService satisfies it; IngestModule binds the token to it.
 */
export interface MentionClassifier {
  classify(text: string): ClassificationResult;
}

export const MENTION_CLASSIFIER = Symbol('MentionClassifier');
