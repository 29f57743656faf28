import { Inject, Injectable } from '@nestjs/common';
import type { SourceKind } from '@ou-listening/shared';
import type { SourceConnector } from './source-connector.js';

/** Every connector the server has, provided as one array; a new platform adds one entry. */
export const SOURCE_CONNECTORS = Symbol('SourceConnectors');

@Injectable()
export class ConnectorRegistry {
  private readonly byKind = new Map<SourceKind, SourceConnector>();

  constructor(@Inject(SOURCE_CONNECTORS) connectors: SourceConnector[]) {
    for (const connector of connectors) {
      if (this.byKind.has(connector.kind)) throw new Error(`Two connectors for source kind ${connector.kind}`);
      this.byKind.set(connector.kind, connector);
    }
  }

  /** The connector for a kind, or undefined when this server cannot poll that kind. */
  find(kind: SourceKind): SourceConnector | undefined {
    return this.byKind.get(kind);
  }

  kinds(): SourceKind[] {
    return [...this.byKind.keys()];
  }
}
