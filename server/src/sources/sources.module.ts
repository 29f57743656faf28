import { Module } from '@nestjs/common';
import { ConnectorRegistry, SOURCE_CONNECTORS } from './connector-registry.js';
import { BlueskyConnector } from './bluesky/bluesky.connector.js';
import { DemoConnector } from './demo/demo.connector.js';
import { MastodonConnector } from './mastodon/mastodon.connector.js';
import { RedditConnector } from './reddit/reddit.connector.js';
import type { SourceConnector } from './source-connector.js';
import { SourcesController } from './sources.controller.js';
import { SourcesRepository } from './sources.repository.js';
import { SourcesService } from './sources.service.js';
import { XConnector } from './x/x.connector.js';

@Module({
  controllers: [SourcesController],
  providers: [
    XConnector,
    DemoConnector,
    MastodonConnector,
    BlueskyConnector,
    RedditConnector,
    {
      provide: SOURCE_CONNECTORS,
      useFactory: (...connectors: SourceConnector[]) => connectors,
      inject: [XConnector, DemoConnector, MastodonConnector, BlueskyConnector, RedditConnector],
    },
    ConnectorRegistry,
    SourcesRepository,
    SourcesService,
  ],
  exports: [ConnectorRegistry, SourcesService],
})
export class SourcesModule {}
