import type { SourceKind } from '@ou-listening/shared';
import { platformSettings, type VariablesSet } from './platform-settings.js';
import type { ConnectorSetting, Cursor, PageResult, SourceConnector, WatchQuery } from './source-connector.js';

/**
 * A platform's connector: its kind, and the variables it reads as the admin Sources page lists
 * them, named once in platform-settings.ts and each set or not as the connector's config says.
 */
export abstract class PlatformConnector<K extends SourceKind> implements SourceConnector {
  readonly settings: readonly ConnectorSetting[];

  protected constructor(
    readonly kind: K,
    variablesSet: VariablesSet<K>,
  ) {
    this.settings = platformSettings(kind, variablesSet);
  }

  abstract readonly configured: boolean;

  abstract fetchPage(query: WatchQuery, cursor: Cursor, signal?: AbortSignal): Promise<PageResult>;
}
