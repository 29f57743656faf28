import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type IngestRunView,
  type PlatformFilterOption,
  type PlatformSetting,
  type PlatformStatus,
  SOURCE_KIND_LABELS,
  SOURCE_KINDS,
  type SourceKind,
  type SourceState,
  SourceView,
  type UpdateSourceRequest,
  type UpdateWatchQueryRequest,
  type WatchQueryRequest,
  type WatchQueryTranslation,
  type WatchQueryView,
} from '@ou-listening/shared';
import { DataSource, QueryFailedError } from 'typeorm';
import { actorEntry, AuditService } from '../audit/audit.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { ConnectorRegistry } from './connector-registry.js';
import {
  EmptyWatchQuery,
  PlatformRefusesWatchQuery,
  SourceNameTaken,
  SourceNotFound,
  UnsupportedSourceKind,
  WatchQueryNameTaken,
  WatchQueryNotFound,
} from './sources.errors.js';
import { type SourceRow, SourcesRepository, type WatchQueryRow } from './sources.repository.js';
import { changedFields } from '../audit/changed-fields.js';
import { expectedSettings } from './platform-settings.js';
import type { SourceConnector, SourceQuota } from './source-connector.js';
import { translateWatchQuery } from './watch-query-translation.js';

/** How many runs per platform the Sources page shows. */
const RUNS_PER_PLATFORM = 5;

/** Who made a change, for the audit row. */
export type Actor = { id: string; email: string; ip?: string };

const iso = (value: Date | null): string | null => value?.toISOString() ?? null;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

@Injectable()
export class SourcesService {
  constructor(
    private readonly sources: SourcesRepository,
    private readonly registry: ConnectorRegistry,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Why a source is or is not polled right now. */
  stateOf(source: Pick<SourceRow, 'kind' | 'enabled' | 'retryAt'>, now = new Date()): SourceState {
    if (!source.enabled) return 'disabled';
    if (source.kind === 'demo' && !this.config.ingest.demo) return 'demo_off';
    if (!this.registry.find(source.kind)?.configured) return 'not_configured';
    if (source.retryAt && source.retryAt > now) return 'rate_limited';
    return 'active';
  }

  toView(source: SourceRow, now = new Date()): SourceView {
    const state = this.stateOf(source, now);
    let nextPollAt: Date | null = null;
    if (state === 'rate_limited') nextPollAt = source.retryAt;
    else if (state === 'active')
      nextPollAt = source.lastRunAt
        ? new Date(Math.max(source.lastRunAt.getTime() + source.pollIntervalSeconds * 1000, now.getTime()))
        : now;
    return {
      id: source.id,
      kind: source.kind,
      name: source.name,
      enabled: source.enabled,
      pollIntervalSeconds: source.pollIntervalSeconds,
      retryAt: iso(source.retryAt),
      isDemo: source.kind === 'demo',
      health: {
        state,
        lastRunAt: iso(source.lastRunAt),
        lastRunStatus: source.lastRunStatus,
        lastSuccessAt: iso(source.lastSuccessAt),
        lastErrorAt: iso(source.lastErrorAt),
        lastError: source.lastError,
        nextPollAt: iso(nextPollAt),
      },
    };
  }

  async list(): Promise<SourceView[]> {
    const now = new Date();
    return (await this.sources.listSources()).map((s) => this.toView(s, now));
  }

  /** Every source as stored, for the ingest scheduler. */
  sourceRows(): Promise<SourceRow[]> {
    return this.sources.listSources();
  }

  findSourceRow(id: string): Promise<SourceRow | undefined> {
    return this.sources.findSource(id);
  }

  /** The watch queries every poll runs. */
  enabledWatchQueries(): Promise<WatchQueryRow[]> {
    return this.sources.listWatchQueries({ enabledOnly: true });
  }

  /** The oldest watch query, enabled or not (they are paused, never deleted; a migration seeds one). */
  async oldestWatchQuery(): Promise<WatchQueryRow | undefined> {
    return (await this.sources.listWatchQueries())[0];
  }

  async get(id: string): Promise<SourceView> {
    const source = await this.sources.findSource(id);
    if (!source) throw new SourceNotFound(id);
    return this.toView(source);
  }

  async create(
    fields: { kind: SourceView['kind']; name: string; enabled?: boolean; pollIntervalSeconds?: number },
    actor: Actor,
  ): Promise<SourceView> {
    if (!this.registry.find(fields.kind)) throw new UnsupportedSourceKind(fields.kind, this.registry.kinds());
    const name = fields.name.trim();
    const id = await this.dataSource.transaction(async (tx) => {
      const created = await this.sources.createSource(
        {
          kind: fields.kind,
          name,
          enabled: fields.enabled ?? true,
          pollIntervalSeconds: fields.pollIntervalSeconds ?? 300,
        },
        tx,
      );
      if (!created) throw new SourceNameTaken(name);
      await this.audit.record(
        actorEntry(actor, 'source.create', 'source', created, {
          kind: fields.kind,
          name,
          enabled: fields.enabled ?? true,
        }),
        tx,
      );
      return created;
    });
    return this.get(id);
  }

  async update(id: string, changes: UpdateSourceRequest, actor: Actor): Promise<SourceView> {
    await this.dataSource.transaction(async (tx) => {
      const before = await this.sources.findSource(id, tx);
      if (!before) throw new SourceNotFound(id);
      await this.sources.updateSource(id, changes, tx);
      const changed = changedFields(
        { enabled: before.enabled, pollIntervalSeconds: before.pollIntervalSeconds },
        // As the repository applies them: an absent (or null) field keeps its value.
        {
          enabled: changes.enabled ?? before.enabled,
          pollIntervalSeconds: changes.pollIntervalSeconds ?? before.pollIntervalSeconds,
        },
      );
      if (changed) await this.audit.record(actorEntry(actor, 'source.update', 'source', id, changed), tx);
    });
    return this.get(id);
  }

  /**
   * Every platform this product knows, for the admin Sources page: whether the server can poll it
   * and which variables are missing (names only), its sources, latest runs, rate limit and quota.
   */
  async platforms(now = new Date()): Promise<PlatformStatus[]> {
    const [sources, runs, counts] = await Promise.all([
      this.sources.listSources(),
      this.sources.recentRunsByKind(RUNS_PER_PLATFORM),
      this.sources.mentionCountsByPlatform(),
    ]);
    return Promise.all(
      SOURCE_KINDS.map(async (kind): Promise<PlatformStatus> => {
        const connector = this.registry.find(kind);
        const configured = this.isConfigured(kind);
        const settings = settingsOf(kind, connector, configured);
        const own = sources.filter((s) => s.kind === kind);
        // Nothing required is missing, yet the platform is off: one of its optional variables is the switch.
        const requiredUnset = settings.filter((v) => v.required && !v.set).map((v) => v.name);
        const missing = configured
          ? []
          : requiredUnset.length > 0
            ? requiredUnset
            : settings.filter((v) => !v.set).map((v) => v.name);
        const retryAt = own
          .map((s) => s.retryAt)
          .filter((at): at is Date => at !== null && at > now)
          .sort((a, b) => b.getTime() - a.getTime())[0];
        return {
          kind,
          label: SOURCE_KIND_LABELS[kind],
          supported: connector !== undefined,
          configured,
          missing,
          missingOneOf: !configured && requiredUnset.length === 0 && missing.length > 1,
          settings,
          sources: own.map((s) => ({ id: s.id, name: s.name, enabled: s.enabled, state: this.stateOf(s, now) })),
          retryAt: iso(retryAt ?? null),
          quota: await quotaOf(connector),
          recentRuns: runs.filter((r) => r.kind === kind).map(({ kind: _kind, ...run }) => run),
          mentions: counts.get(kind) ?? 0,
        };
      }),
    );
  }

  /**
   * The platforms the queue's filter offers: those this server polls and those with mentions stored.
   * The demo source is no platform of its own: its posts carry the platform they imitate.
   */
  async platformOptions(): Promise<PlatformFilterOption[]> {
    const counts = await this.sources.mentionCountsByPlatform();
    const known = new Set<string>(SOURCE_KINDS);
    const options: PlatformFilterOption[] = [];
    for (const kind of SOURCE_KINDS) {
      const configured = kind !== 'demo' && this.isConfigured(kind);
      const mentions = counts.get(kind) ?? 0;
      if (configured || mentions > 0)
        options.push({ platform: kind, label: SOURCE_KIND_LABELS[kind], configured, mentions });
    }
    // Mentions from elsewhere (public reports, an older platform) stay findable too.
    for (const [platform, mentions] of counts)
      if (!known.has(platform)) options.push({ platform, label: platform, configured: false, mentions });
    return options;
  }

  private isConfigured(kind: SourceKind): boolean {
    if (kind === 'demo' && !this.config.ingest.demo) return false;
    return this.registry.find(kind)?.configured ?? false;
  }

  /** What each platform would be asked for this draft; nothing is stored. */
  previewWatchQuery(request: Partial<WatchQueryRequest>): WatchQueryTranslation[] {
    return translateWatchQuery(cleanTerms(request));
  }

  runs(filter: { sourceId?: string; limit?: number }): Promise<IngestRunView[]> {
    return this.sources.listRuns({ sourceId: filter.sourceId, limit: filter.limit ?? 50 });
  }

  async watchQueries(): Promise<WatchQueryView[]> {
    return (await this.sources.listWatchQueries()).map(withTranslations);
  }

  async createWatchQuery(request: WatchQueryRequest, actor: Actor): Promise<WatchQueryView> {
    const fields = { ...cleanTerms(request), name: request.name.trim(), enabled: request.enabled ?? true };
    if (fields.phrases.length + fields.handles.length + fields.hashtags.length === 0) throw new EmptyWatchQuery();
    refuseUntranslatable(fields);
    const id = await this.dataSource.transaction(async (tx) => {
      const created = await this.sources.createWatchQuery(fields, tx);
      if (!created) throw new WatchQueryNameTaken(fields.name);
      await this.audit.record(actorEntry(actor, 'watch_query.create', 'watch_query', created, fields), tx);
      return created;
    });
    return this.watchQuery(id);
  }

  async updateWatchQuery(id: string, request: UpdateWatchQueryRequest, actor: Actor): Promise<WatchQueryView> {
    const changes = {
      ...request,
      name: request.name?.trim(),
      phrases: request.phrases && clean(request.phrases),
      handles: request.handles && clean(request.handles).map((h) => h.replace(/^@/, '')),
      hashtags: request.hashtags && clean(request.hashtags).map((h) => h.replace(/^#/, '')),
      exclusions: request.exclusions && clean(request.exclusions),
      subreddits: request.subreddits && clean(request.subreddits).map((s) => s.replace(/^\/?r\//, '')),
      feeds: request.feeds && clean(request.feeds),
    };
    try {
      await this.dataSource.transaction(async (tx) => {
        const before = await this.sources.findWatchQuery(id, tx);
        if (!before) throw new WatchQueryNotFound(id);
        const after: WatchQueryRow = { ...before, ...definedOnly(changes) };
        if (after.phrases.length + after.handles.length + after.hashtags.length === 0) throw new EmptyWatchQuery();
        refuseUntranslatable(after);
        await this.sources.updateWatchQuery(id, changes, tx);
        const changed = changedFields(before, definedOnly(changes));
        if (changed) await this.audit.record(actorEntry(actor, 'watch_query.update', 'watch_query', id, changed), tx);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new WatchQueryNameTaken(changes.name ?? '');
      throw error;
    }
    return this.watchQuery(id);
  }

  private async watchQuery(id: string): Promise<WatchQueryView> {
    const query = await this.sources.findWatchQuery(id);
    if (!query) throw new WatchQueryNotFound(id);
    return withTranslations(query);
  }
}

/** A request's terms as stored: trimmed, deduplicated, without the @, # and r/ people type. */
function cleanTerms(request: Partial<WatchQueryRequest>) {
  return {
    phrases: clean(request.phrases),
    handles: clean(request.handles).map((h) => h.replace(/^@/, '')),
    hashtags: clean(request.hashtags).map((h) => h.replace(/^#/, '')),
    exclusions: clean(request.exclusions),
    language: request.language ?? null,
    includeReposts: request.includeReposts ?? false,
    subreddits: clean(request.subreddits).map((s) => s.replace(/^\/?r\//, '')),
    feeds: clean(request.feeds),
  };
}

function withTranslations(row: WatchQueryRow): WatchQueryView {
  return { ...row, translations: translateWatchQuery(row) };
}

/** A query a platform would refuse is refused here, naming the platform, rather than failing every poll. */
function refuseUntranslatable(query: Parameters<typeof translateWatchQuery>[0]): void {
  const refused = translateWatchQuery(query).find((t) => t.problem);
  if (refused?.problem) throw new PlatformRefusesWatchQuery(refused.problem);
}

function settingsOf(kind: SourceKind, connector: SourceConnector | undefined, configured: boolean): PlatformSetting[] {
  // Field by field: whatever else a connector keeps beside a setting never reaches the API.
  if (connector?.settings)
    return connector.settings.map(({ name, set, secret, required }) => ({ name, set, secret, required }));
  // Without the connector's own list, all that is known is whether everything required is set.
  return expectedSettings(kind, configured);
}

async function quotaOf(connector: SourceConnector | undefined): Promise<SourceQuota | null> {
  if (!connector?.quota) return null;
  try {
    return await connector.quota();
  } catch {
    // A quota the connector cannot read is shown as unknown; the page must still load.
    return null;
  }
}

function clean(values: string[] | undefined): string[] {
  return [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
