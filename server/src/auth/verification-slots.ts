import { Injectable } from '@nestjs/common';
import { ServerBusy, SignInAlreadyInProgress } from './auth.errors.js';

/**
 * Password checks running at once: argon2id takes 64 MiB and most of a core each, so more only queue
 * in memory. One more than a single account or address may hold, so a burst from one place always
 * leaves a slot for somebody else.
 */
export const MAX_CONCURRENT_VERIFICATIONS = 2;
/** Checks waiting for a slot; past this a sign-in is refused at once rather than queued. */
export const MAX_WAITING_VERIFICATIONS = 40;
/** Checks in flight (running or waiting) for one account or one address. */
export const MAX_IN_FLIGHT_PER_KEY = 2;

/**
 * A bound on password verifications in this process (issue 12 §2). A burst of a hundred parallel
 * sign-ins once ran a hundred argon2 hashes together, took gigabytes, and froze the server for
 * everyone. Now a few run and a bounded number wait in arrival order. One account or one address
 * may have only a couple in flight, so a burst from one place cannot fill the queue in front of
 * everybody else: past that, it is told at once to come back.
 */
@Injectable()
export class VerificationSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly inFlight = new Map<string, number>();

  /** Runs `work` when a slot is free; `keys` name who is asking (account, address). */
  async run<T>(keys: readonly string[], work: () => Promise<T>): Promise<T> {
    if (keys.some((key) => (this.inFlight.get(key) ?? 0) >= MAX_IN_FLIGHT_PER_KEY)) throw new SignInAlreadyInProgress();
    if (this.waiting.length >= MAX_WAITING_VERIFICATIONS) throw new ServerBusy(1);
    for (const key of keys) this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    try {
      if (this.running >= MAX_CONCURRENT_VERIFICATIONS)
        await new Promise<void>((resolve) => this.waiting.push(resolve));
      else this.running += 1;
      try {
        return await work();
      } finally {
        // Hand the slot straight to the next waiter, so a newcomer cannot overtake the queue.
        const next = this.waiting.shift();
        if (next) next();
        else this.running -= 1;
      }
    } finally {
      for (const key of keys) {
        const left = (this.inFlight.get(key) ?? 1) - 1;
        if (left === 0) this.inFlight.delete(key);
        else this.inFlight.set(key, left);
      }
    }
  }
}
