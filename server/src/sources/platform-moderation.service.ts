import { Injectable } from '@nestjs/common';
import { FacebookConnector } from './facebook/facebook.connector.js';
import { InstagramConnector } from './instagram/instagram.connector.js';
import type { PlatformModerator } from './platform-moderation.types.js';
import { XRepliesConnector } from './x/x-replies.connector.js';
import { YoutubeChannelConnector } from './youtube/youtube-channel.connector.js';

/** The platforms that let the OU act on comments on its own accounts, by mentions.platform. */
@Injectable()
export class PlatformModerationService {
  private readonly byPlatform: Map<string, PlatformModerator>;

  constructor(
    facebook: FacebookConnector,
    instagram: InstagramConnector,
    youtubeChannel: YoutubeChannelConnector,
    xReplies: XRepliesConnector,
  ) {
    this.byPlatform = new Map<string, PlatformModerator>(
      [facebook, instagram, youtubeChannel, xReplies].map((m) => [m.platform, m]),
    );
  }

  find(platform: string): PlatformModerator | undefined {
    return this.byPlatform.get(platform);
  }
}
