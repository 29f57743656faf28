import type { ResponseTargets } from '@ou-listening/shared';
import { type Env, wholeNumber } from './env-values.js';

/**
 * The response targets Trends draws as reference lines (issue 20), in minutes. Read by loadConfig
 * with every other variable, so one start-up reports every mistake.
 */
export type TrendTargetsConfig = ResponseTargets;

const WEEK_MINUTES = 7 * 24 * 60;

function minutes(env: Env, name: string, fallback: number, problems: string[]): number {
  return wholeNumber(env, name, fallback, 1, WEEK_MINUTES, problems, 'minutes');
}

export function trendTargetsConfig(env: Env, problems: string[]): TrendTargetsConfig {
  const targets = {
    firstActionMinutes: minutes(env, 'TRENDS_TARGET_FIRST_ACTION_MINUTES', 240, problems),
    urgentFirstActionMinutes: minutes(env, 'TRENDS_TARGET_URGENT_FIRST_ACTION_MINUTES', 15, problems),
    ownAccountResponseMinutes: minutes(env, 'TRENDS_TARGET_OWN_ACCOUNT_RESPONSE_MINUTES', 480, problems),
    escalationAcknowledgeMinutes: minutes(env, 'TRENDS_TARGET_ESCALATION_ACK_MINUTES', 1440, problems),
  };
  if (targets.urgentFirstActionMinutes > targets.firstActionMinutes)
    problems.push(
      'TRENDS_TARGET_URGENT_FIRST_ACTION_MINUTES must not be longer than TRENDS_TARGET_FIRST_ACTION_MINUTES: ' +
        'safeguarding and threats are answered first',
    );
  return targets;
}
