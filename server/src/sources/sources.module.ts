import { Module } from '@nestjs/common';
import { ConnectorRegistry, SOURCE_CONNECTORS } from './connector-registry.js';
import { BlueskyConnector } from './bluesky/bluesky.connector.js';
import { DemoConnector } from './demo/demo.connector.js';
import { FacebookConnector } from './facebook/facebook.connector.js';
import { InstagramConnector } from './instagram/instagram.connector.js';
import { MastodonConnector } from './mastodon/mastodon.connector.js';
import { PlatformModerationService } from './platform-moderation.service.js';
import { PlatformTokenStore } from './platform-token.store.js';
import { PlatformTokensRepository } from './platform-tokens.repository.js';
import { RedditConnector } from './reddit/reddit.connector.js';
import { RssConnector } from './rss/rss.connector.js';
import { QuotaUsageRepository } from './youtube/youtube-quota.repository.js';
import { YoutubeQuota } from './youtube/youtube-quota.js';
import { YoutubeConnector } from './youtube/youtube.connector.js';
import { YoutubeChannelConnector } from './youtube/youtube-channel.connector.js';
import { XRepliesConnector } from './x/x-replies.connector.js';
import type { SourceConnector } from './source-connector.js';
import { SourcesController } from './sources.controller.js';
import { SourcesRepository } from './sources.repository.js';
import { SourcesService } from './sources.service.js';
import { WatchQueriesController } from './watch-queries.controller.js';
import { XConnector } from './x/x.connector.js';

/** Every platform's connector, in the order the registry lists them. */
const CONNECTORS = [
  XConnector,
  DemoConnector,
  MastodonConnector,
  BlueskyConnector,
  RedditConnector,
  YoutubeConnector,
  RssConnector,
  FacebookConnector,
  InstagramConnector,
  YoutubeChannelConnector,
  XRepliesConnector,
];

@Module({
  controllers: [SourcesController, WatchQueriesController],
  providers: [
    ...CONNECTORS,
    QuotaUsageRepository,
    YoutubeQuota,
    {
      provide: SOURCE_CONNECTORS,
      useFactory: (...connectors: SourceConnector[]) => connectors,
      inject: CONNECTORS,
    },
    ConnectorRegistry,
    SourcesRepository,
    SourcesService,
    PlatformModerationService,
    PlatformTokensRepository,
    PlatformTokenStore,
  ],
  exports: [ConnectorRegistry, SourcesService, PlatformModerationService],
})
export class SourcesModule {}
