import type { ModerationAnswer } from './platform-moderation.types.js';
import type { GraphAnswer } from './graph-client.js';

/** A Graph write's answer as a moderation answer; `success: false` in a 200 is a refusal too. */
export function moderationAnswer(answer: GraphAnswer<unknown>): ModerationAnswer {
  if (!answer.ok) {
    if (answer.kind === 'rate_limited')
      return { status: 'rate_limited', retryAt: answer.retryAt, message: answer.message };
    return { status: 'failed', retryable: answer.retryable, message: answer.message };
  }
  const body = answer.body;
  if (typeof body === 'object' && body !== null && (body as { success?: unknown }).success === false)
    return { status: 'failed', retryable: false, message: 'Graph API answered success: false' };
  return { status: 'ok', answer: body };
}

export const NOT_CONFIGURED_MESSAGE = 'the account is not configured on this server';

export const NOT_CONFIGURED: ModerationAnswer = { status: 'failed', retryable: false, message: NOT_CONFIGURED_MESSAGE };
