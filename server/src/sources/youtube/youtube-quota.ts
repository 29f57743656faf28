import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { Queryable } from '../../database/sql.js';
import { quotaSpent, type YoutubeFailure } from './youtube-client.js';
import { nextPacificMidnight, pacificDay } from './youtube-quota-day.js';
import { QuotaUsageRepository } from './youtube-quota.repository.js';

/** Google's default grant, used when neither YouTube source is configured (nothing is spent then). */
const DEFAULT_DAILY_QUOTA = 10_000;

/** Today's count: units spent of YOUTUBE_DAILY_QUOTA, and when the count starts again. */
export type QuotaToday = { used: number; limit: number; resetsAt: Date };

/**
 * The Google project's daily YouTube Data API quota, counted per Pacific day in PostgreSQL. The
 * keyword source and the OU's own channel spend from this one quota, so both go through here.
 */
@Injectable()
export class YoutubeQuota {
  private readonly limit: number;

  constructor(
    private readonly usage: QuotaUsageRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    // Both sources read YOUTUBE_DAILY_QUOTA, so either configured one gives the same limit.
    this.limit = (config.ingest.youtube ?? config.ownAccounts.youtubeChannel)?.dailyQuota ?? DEFAULT_DAILY_QUOTA;
  }

  async today(now = new Date(), db?: Queryable): Promise<QuotaToday> {
    return {
      used: await this.usage.used('youtube', pacificDay(now), db),
      limit: this.limit,
      resetsAt: nextPacificMidnight(now),
    };
  }

  /** Reserves a call's units: null when they fit, else today's count (and nothing is spent). */
  async spend(units: number, now = new Date()): Promise<QuotaToday | null> {
    const spent = await this.usage.spend('youtube', pacificDay(now), units, this.limit);
    return spent === null ? this.today(now) : null;
  }

  /**
   * Google counts differently from us (another server on the same key, say): when it answers that
   * the quota is spent, believe it and count the day as spent. Says whether it did.
   */
  async believeGoogle(failure: YoutubeFailure, now = new Date()): Promise<boolean> {
    if (!quotaSpent(failure)) return false;
    await this.usage.exhaust('youtube', pacificDay(now), this.limit);
    return true;
  }
}
