import type { MentionListItem } from '@ou-listening/shared';
import { conflictOf } from '../../api/mention-mutation';

/** Retries go with the version the 409 reported, so a retry is a decision taken on the current state. */
export const versionFor = (mention: MentionListItem, error: Error | null) =>
  conflictOf(error)?.version ?? mention.version;
