import { Inject, Injectable, Logger } from '@nestjs/common';
import { type IngestRunStatus, storedVerdict } from '@ou-listening/shared';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { ConnectorRegistry } from '../sources/connector-registry.js';
import type {
  BadItem,
  Cursor,
  NormalizedPost,
  PageResult,
  SourceConnector,
  WatchQuery,
} from '../sources/source-connector.js';
import { SourcesService } from '../sources/sources.service.js';
import { backoffDelay, sleep } from './backoff.js';
import { AUTHOR_SUPPRESSION, type AuthorSuppression } from './author-suppression.js';
import { type ClassifiedPost, IngestRepository, type PageCounts } from './ingest.repository.js';
import { MENTION_CLASSIFIER, type MentionClassifier } from './mention-classifier.js';
import { sanitizePost } from './post-sanitizer.js';

export type RunOutcome =
  | { sourceId: string; outcome: 'skipped'; reason: 'locked' | 'not_due' | 'rate_limited' | 'inactive' | 'missing' }
  | ({
      sourceId: string;
      outcome: 'ran';
      runId: string;
      status: Exclude<IngestRunStatus, 'running'>;
      error: string | null;
      retryAt: Date | null;
    } & PageCounts);

export type RunOptions = {
  /** Poll even if the interval has not passed (CLI, tests); a rate limit is still honoured. */
  force?: boolean;
  /** Pages per query for this run; defaults to INGEST_MAX_PAGES_PER_RUN. */
  maxPages?: number;
};

type Classified = { posts: ClassifiedPost[]; quarantined: BadItem[] };

// Posts classified between two turns of the event loop while the previous page is being stored.
const CLASSIFY_SLICE = 20;

type Stop = { status: 'rate_limited'; retryAt: Date } | { status: 'failed'; error: string };

/** Once more after a moment: the database may have dropped the connection under us. */
async function retryOnce<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch {
    await sleep(200);
    return work();
  }
}

@Injectable()
export class IngestService {
  private readonly logger = new Logger('Ingest');
  /** Sources this process is polling now: a run never overlaps itself, even within one replica. */
  private readonly running = new Set<string>();

  constructor(
    private readonly repository: IngestRepository,
    private readonly sources: SourcesService,
    private readonly registry: ConnectorRegistry,
    @Inject(MENTION_CLASSIFIER) private readonly classifier: MentionClassifier,
    @Inject(AUTHOR_SUPPRESSION) private readonly suppression: AuthorSuppression,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One pass over every source that is active and due. */
  async runDueSources(options: RunOptions = {}): Promise<RunOutcome[]> {
    const outcomes: RunOutcome[] = [];
    for (const source of await this.sources.sourceRows()) {
      if (this.sources.stateOf(source) !== 'active') continue;
      outcomes.push(await this.runSource(source.id, options));
    }
    return outcomes;
  }

  /**
   * Polls one source for every enabled watch query, storing page by page. Holds a session-level
   * advisory lock for the whole run (released by PostgreSQL if this process or connection dies),
   * and re-checks that the source is still due once it has the lock, so two replicas ticking
   * together make one run.
   */
  async runSource(sourceId: string, options: RunOptions = {}): Promise<RunOutcome> {
    if (this.running.has(sourceId)) return { sourceId, outcome: 'skipped', reason: 'locked' };
    this.running.add(sourceId);
    try {
      const outcome = await this.repository.withSourceLock(sourceId, (stillLocked) =>
        this.runLocked(sourceId, options, stillLocked),
      );
      return outcome ?? { sourceId, outcome: 'skipped', reason: 'locked' };
    } finally {
      this.running.delete(sourceId);
    }
  }

  private async runLocked(
    sourceId: string,
    options: RunOptions,
    stillLocked: () => Promise<void>,
  ): Promise<RunOutcome> {
    const source = await this.sources.findSourceRow(sourceId);
    if (!source) return { sourceId, outcome: 'skipped', reason: 'missing' };
    const now = new Date();
    const state = this.sources.stateOf(source, now);
    if (state === 'rate_limited') return { sourceId, outcome: 'skipped', reason: 'rate_limited' };
    if (state !== 'active') return { sourceId, outcome: 'skipped', reason: 'inactive' };
    const due = !source.lastRunAt || source.lastRunAt.getTime() + source.pollIntervalSeconds * 1000 <= now.getTime();
    if (!options.force && !due) return { sourceId, outcome: 'skipped', reason: 'not_due' };
    const connector = this.registry.find(source.kind)!;

    await this.repository.failInterruptedRuns(sourceId);
    const runId = await this.repository.startRun(sourceId);
    let stop: Stop | undefined;
    try {
      // The OU's own pages count every comment whatever the queries say: their cursor is kept under
      // the oldest query, enabled or not, so pausing queries neither stops them nor moves their mark.
      const queries = connector.ignoresWatchQueries
        ? [await this.sources.oldestWatchQuery()].filter((query) => query !== undefined)
        : await this.sources.enabledWatchQueries();
      for (const query of queries) {
        const maxPages = options.maxPages ?? this.config.ingest.maxPagesPerRun;
        const stopped = await this.pollQuery(connector, { sourceId, runId, query, maxPages, stillLocked });
        // A rate limit holds for every query; a failure is this query's (a phrase the platform
        // refuses, a feed that is down), and the others are still polled. The run reports the first.
        if (stopped?.status === 'rate_limited') {
          stop = stopped;
          break;
        }
        stop ??= stopped;
      }
    } catch (error) {
      stop = { status: 'failed', error: error instanceof Error ? error.message : String(error) };
    }

    const counts = await retryOnce(() => this.repository.readRun(runId)).catch(() => ({
      fetched: 0,
      inserted: 0,
      duplicates: 0,
      quarantined: 0,
    }));
    const status: Exclude<IngestRunStatus, 'running'> = stop ? stop.status : counts.quarantined > 0 ? 'partial' : 'ok';
    const retryAt = stop?.status === 'rate_limited' ? stop.retryAt : null;
    const error =
      stop?.status === 'failed' ? stop.error : stop?.status === 'rate_limited' ? 'rate limited by the platform' : null;
    // Once more after a moment if the database dropped the connection under us: the run is over
    // either way, and a run left 'running' is failed by the next pass (failInterruptedRuns).
    await retryOnce(async () => {
      await this.repository.setRetryAt(sourceId, retryAt);
      await this.repository.finishRun(runId, { status, error, retryAt });
    });
    // Counts and status only: never post text or credentials.
    const line = `source ${sourceId} run ${runId}: ${status} fetched=${counts.fetched} inserted=${counts.inserted} duplicates=${counts.duplicates} quarantined=${counts.quarantined}`;
    if (status === 'failed' || status === 'rate_limited') this.logger.warn(`${line}${error ? ` (${error})` : ''}`);
    else this.logger.log(line);
    return { sourceId, outcome: 'ran', runId, status, error, retryAt, ...counts };
  }

  /**
   * Follows one query's pages. The next page is fetched and classified while the current one is
   * stored (its cursor is known as soon as the response arrives), which keeps the database, the
   * platform and the classifier busy at once; pages are still classified before they are stored and
   * committed strictly in order.
   */
  private async pollQuery(
    connector: SourceConnector,
    poll: { sourceId: string; runId: string; query: WatchQuery; maxPages: number; stillLocked: () => Promise<void> },
  ): Promise<Stop | undefined> {
    const { sourceId, runId, query, maxPages } = poll;
    let cursor = await this.repository.cursorFor(sourceId, query.id);
    let pending = this.fetchAndClassify(connector, query, cursor);
    for (let page = 1; ; page++) {
      const result = await pending;
      if (result.status === 'rate_limited') return { status: 'rate_limited', retryAt: result.retryAt };
      if (result.status === 'failed') return { status: 'failed', error: result.message };
      const more = !result.done && page < maxPages;
      if (more) {
        pending = this.fetchAndClassify(connector, query, result.cursor);
        // Stored below before this is awaited; if storing throws, this result is simply dropped.
        pending.catch(() => undefined);
      }
      const { posts, quarantined } = result.classified;
      await poll.stillLocked();
      await this.repository.storePage({
        runId,
        sourceId,
        queryId: query.id,
        from: cursor,
        to: result.cursor,
        posts,
        quarantined,
        fetched: result.posts.length + result.quarantined.length,
      });
      cursor = result.cursor;
      if (!more) return undefined;
    }
  }

  /**
   * One page, fetched then classified. Classification runs in slices that yield to the event loop,
   * so the page being stored meanwhile gets its database answers without waiting for a whole page
   * of classification.
   */
  private async fetchAndClassify(
    connector: SourceConnector,
    query: WatchQuery,
    cursor: Cursor,
  ): Promise<Exclude<PageResult, { status: 'ok' }> | (PageResult & { status: 'ok'; classified: Classified })> {
    const fetched = await this.fetchWithRetry(connector, query, cursor);
    if (fetched.status !== 'ok') return fetched;
    // Erased authors' posts go before classification and are never stored (issue 18).
    const result = { ...fetched, posts: await this.suppression.keepUnsuppressed(fetched.posts) };
    const classified: Classified = { posts: [], quarantined: [...result.quarantined] };
    for (let start = 0; start < result.posts.length; start += CLASSIFY_SLICE) {
      if (start > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      const slice = this.classifyAll(result.posts.slice(start, start + CLASSIFY_SLICE), []);
      classified.posts.push(...slice.posts);
      classified.quarantined.push(...slice.quarantined);
    }
    return { ...result, classified };
  }

  /** 5xx and network errors: retry the same page with backoff, then give up for this run. */
  private async fetchWithRetry(connector: SourceConnector, query: WatchQuery, cursor: Cursor): Promise<PageResult> {
    const { maxAttempts, backoffBaseMs } = this.config.ingest;
    for (let attempt = 1; ; attempt++) {
      let result: PageResult;
      try {
        result = await connector.fetchPage(query, cursor);
      } catch (error) {
        result = {
          status: 'failed',
          retryable: true,
          message: error instanceof Error ? error.message : String(error),
          cursor,
        };
      }
      if (result.status !== 'failed' || !result.retryable || attempt >= maxAttempts) {
        if (result.status !== 'failed') return result;
        const gaveUp = result.retryable ? ` (gave up after ${attempt} attempts)` : '';
        // One stream of several failed for good: note it and read the others.
        if (result.passOver)
          return {
            ...result.passOver,
            quarantined: result.passOver.quarantined.map((item) => ({ ...item, error: `${item.error}${gaveUp}` })),
          };
        return { ...result, message: `${result.message}${gaveUp}` };
      }
      await sleep(backoffDelay(attempt, backoffBaseMs));
    }
  }

  /** Classified before insert, so a mention is never visible without its verdict. Public for the bench. */
  classifyAll(posts: NormalizedPost[], bad: BadItem[]): Classified {
    const classified: ClassifiedPost[] = [];
    const quarantined = [...bad];
    for (const raw of posts) {
      const sanitized = sanitizePost(raw);
      if (!sanitized.ok) {
        quarantined.push({ platform: raw.platform, externalId: raw.externalId, payload: raw, error: sanitized.error });
        continue;
      }
      const { post } = sanitized;
      try {
        classified.push({ post, ...storedVerdict(this.classifier.classify(post.text)) });
      } catch (error) {
        quarantined.push({
          platform: post.platform,
          externalId: post.externalId,
          payload: post,
          error: `classifier failed: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    }
    return { posts: classified, quarantined };
  }
}
