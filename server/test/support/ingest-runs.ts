import type { RunOutcome } from '../../src/ingest/ingest.service';

/** A run that was not skipped (lock held, source paused): what an ingest spec goes on to check. */
export type Ran = Extract<RunOutcome, { outcome: 'ran' }>;

/** The outcome of a run that must have run; anything else fails the test with what came back. */
export function ran(outcome: RunOutcome): Ran {
  if (outcome.outcome !== 'ran') throw new Error(`expected a run, got ${JSON.stringify(outcome)}`);
  return outcome;
}
