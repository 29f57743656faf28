import { randomUUID } from 'node:crypto';
import type { FoundReply, ModerationAnswer, PlatformModerator } from '../platform-moderation.types.js';

/** What every demo answer carries, so the outbox row and its audit row say no platform was asked. */
const DEMO_ANSWER = { demo: true, note: 'settled by the demo source: no platform was called' } as const;

/**
 * Stands in for a platform's moderator on demo mentions (is_demo), so that on a first start staff
 * can try hiding, replying and blocking on the comments the demo source leaves on our own pages:
 * it offers what the real one offers on such a comment and refuses what it refuses, in the same
 * words (Instagram cannot block, YouTube cannot lift a ban), so the demo teaches what the platforms
 * really allow; it accepts every request at once and never makes a network call. A demo comment
 * exists on no platform, so its actions must never reach the real one, whatever the server is
 * configured for.
 */
export class DemoModerator implements PlatformModerator {
  readonly platform: string;
  readonly label: string;
  readonly configured = true;
  readonly blockRefusal: string | null;
  readonly notOursRefusal?: string;
  readonly unblockRefusal?: string;

  constructor(
    real: Pick<PlatformModerator, 'platform' | 'label' | 'notOursRefusal' | 'blockRefusal' | 'unblockRefusal'>,
  ) {
    this.platform = real.platform;
    this.label = `${real.label} (demo)`;
    this.blockRefusal = real.blockRefusal;
    // A demo post that is not on our pages is as out of reach as a real one, and says so the same way.
    if (real.notOursRefusal) this.notOursRefusal = real.notOursRefusal;
    if (real.unblockRefusal) this.unblockRefusal = real.unblockRefusal;
  }

  setHidden(_commentId: string, hidden: boolean): Promise<ModerationAnswer> {
    return Promise.resolve({ status: 'ok', answer: { ...DEMO_ANSWER, hidden } });
  }

  /** No address of its own: the action shows the demo comment's, as an Instagram reply does. */
  reply(_commentId: string, _text: string): Promise<ModerationAnswer> {
    return Promise.resolve({ status: 'ok', answer: DEMO_ANSWER, resultId: `demo-reply-${randomUUID()}` });
  }

  setBlocked(_userId: string, blocked: boolean): Promise<ModerationAnswer> {
    return Promise.resolve({ status: 'ok', answer: { ...DEMO_ANSWER, blocked } });
  }

  /** Nothing was posted anywhere, so nothing can be found: a second send is as harmless as the first. */
  findReply(): Promise<FoundReply> {
    return Promise.resolve({ status: 'none' });
  }
}
