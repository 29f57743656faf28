import type { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { SchedulerRegistry } from '@nestjs/schedule';
import { errorForLog } from './database-error.js';

/**
 * Work repeated on a timer, one pass at a time: a tick while the last pass is still going is a
 * no-op, a failed pass is logged (the next tick tries again), and stopping waits for the pass in
 * flight. The schedulers (ingestion, spike alerts, notification digests) each run one.
 */
export class IntervalJob {
  private current: Promise<void> | undefined;

  constructor(
    private readonly registry: SchedulerRegistry,
    /** the interval's name in the registry */
    private readonly name: string,
    private readonly logger: Logger,
    /** what a pass is, for the log line when one fails */
    private readonly what: string,
    private readonly pass: () => Promise<unknown>,
  ) {}

  /** Ticks every `everyMs`; with `firstAfterMs`, also once that soon after start. */
  start(everyMs: number, firstAfterMs?: number): void {
    this.registry.addInterval(
      this.name,
      setInterval(() => void this.tick(), everyMs),
    );
    if (firstAfterMs !== undefined) setTimeout(() => void this.tick(), firstAfterMs).unref();
  }

  tick(): Promise<void> {
    if (this.current) return Promise.resolve();
    this.current = this.pass()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error(`${this.what} failed: ${errorForLog(error)}`))
      .finally(() => (this.current = undefined));
    return this.current;
  }

  /** Stops the timer and waits for a pass in flight (at most `waitAtMostMs`, when given). */
  async stop(waitAtMostMs?: number): Promise<void> {
    if (this.registry.doesExist('interval', this.name)) this.registry.deleteInterval(this.name);
    if (!this.current) return;
    await (waitAtMostMs === undefined
      ? this.current
      : Promise.race([this.current, new Promise((resolve) => setTimeout(resolve, waitAtMostMs).unref())]));
  }
}

/**
 * When a ScheduledJob runs: every `everyMs` (and once `firstAfterMs` after start) if `enabled`;
 * shutdown waits at most `waitAtShutdownMs` (when given) for a pass in flight.
 */
export type JobSchedule = { enabled: boolean; everyMs: number; firstAfterMs?: number; waitAtShutdownMs?: number };

/** A provider that runs one IntervalJob from the application's start to its shutdown. */
export abstract class ScheduledJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: IntervalJob;

  protected constructor(
    registry: SchedulerRegistry,
    name: string,
    logger: Logger,
    what: string,
    pass: () => Promise<unknown>,
    private readonly schedule: JobSchedule,
  ) {
    this.job = new IntervalJob(registry, name, logger, what, pass);
  }

  onApplicationBootstrap(): void {
    if (this.schedule.enabled) this.job.start(this.schedule.everyMs, this.schedule.firstAfterMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop(this.schedule.waitAtShutdownMs);
  }
}
