import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  IngestRunView,
  SourceState,
  SourceView,
  UpdateSourceRequest,
  UpdateWatchQueryRequest,
  WatchQueryRequest,
  WatchQueryView,
} from '@ou-listening/shared';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { ConnectorRegistry } from './connector-registry.js';
import {
  EmptyWatchQuery,
  SourceNameTaken,
  SourceNotFound,
  UnsupportedSourceKind,
  WatchQueryNameTaken,
  WatchQueryNotFound,
} from './sources.errors.js';
import { type SourceRow, SourcesRepository, type WatchQueryRow } from './sources.repository.js';
import { changedFields } from '../audit/changed-fields.js';

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
        this.entry(actor, 'source.create', 'source', created, {
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
      if (changed) await this.audit.record(this.entry(actor, 'source.update', 'source', id, changed), tx);
    });
    return this.get(id);
  }

  runs(filter: { sourceId?: string; limit?: number }): Promise<IngestRunView[]> {
    return this.sources.listRuns({ sourceId: filter.sourceId, limit: filter.limit ?? 50 });
  }

  async watchQueries(): Promise<WatchQueryView[]> {
    return this.sources.listWatchQueries();
  }

  async createWatchQuery(request: WatchQueryRequest, actor: Actor): Promise<WatchQueryView> {
    const fields = {
      name: request.name.trim(),
      phrases: clean(request.phrases),
      handles: clean(request.handles).map((h) => h.replace(/^@/, '')),
      hashtags: clean(request.hashtags).map((h) => h.replace(/^#/, '')),
      exclusions: clean(request.exclusions),
      language: request.language ?? null,
      includeReposts: request.includeReposts ?? false,
      enabled: request.enabled ?? true,
    };
    if (fields.phrases.length + fields.handles.length + fields.hashtags.length === 0) throw new EmptyWatchQuery();
    const id = await this.dataSource.transaction(async (tx) => {
      const created = await this.sources.createWatchQuery(fields, tx);
      if (!created) throw new WatchQueryNameTaken(fields.name);
      await this.audit.record(this.entry(actor, 'watch_query.create', 'watch_query', created, fields), tx);
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
    };
    try {
      await this.dataSource.transaction(async (tx) => {
        const before = await this.sources.findWatchQuery(id, tx);
        if (!before) throw new WatchQueryNotFound(id);
        const after: WatchQueryRow = { ...before, ...definedOnly(changes) };
        if (after.phrases.length + after.handles.length + after.hashtags.length === 0) throw new EmptyWatchQuery();
        await this.sources.updateWatchQuery(id, changes, tx);
        const changed = changedFields(before, definedOnly(changes));
        if (changed) await this.audit.record(this.entry(actor, 'watch_query.update', 'watch_query', id, changed), tx);
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
    return query;
  }

  private entry(actor: Actor, action: string, targetType: string, targetId: string, details: Record<string, unknown>) {
    return { actorId: actor.id, actorEmail: actor.email, ip: actor.ip, action, targetType, targetId, details };
  }
}

function clean(values: string[] | undefined): string[] {
  return [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
