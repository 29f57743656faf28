import { Injectable } from '@nestjs/common';
import { DemoModerator } from './demo/demo.moderator.js';
import { FacebookConnector } from './facebook/facebook.connector.js';
import { InstagramConnector } from './instagram/instagram.connector.js';
import type { ModerationTarget, PlatformModerator } from './platform-moderation.types.js';
import { XRepliesConnector } from './x/x-replies.connector.js';
import { YoutubeChannelConnector } from './youtube/youtube-channel.connector.js';

/**
 * The platforms that let the OU act on comments on its own accounts, by mentions.platform. A demo
 * mention is answered by that platform's demo stand-in, never by the platform itself.
 */
@Injectable()
export class PlatformModerationService {
  private readonly byPlatform: Map<string, PlatformModerator>;
  private readonly demoByPlatform: Map<string, PlatformModerator>;

  constructor(
    facebook: FacebookConnector,
    instagram: InstagramConnector,
    youtubeChannel: YoutubeChannelConnector,
    xReplies: XRepliesConnector,
  ) {
    const moderators: PlatformModerator[] = [facebook, instagram, youtubeChannel, xReplies];
    this.byPlatform = new Map(moderators.map((m) => [m.platform, m]));
    this.demoByPlatform = new Map(moderators.map((m) => [m.platform, new DemoModerator(m)]));
  }

  find(target: ModerationTarget): PlatformModerator | undefined {
    return (target.isDemo ? this.demoByPlatform : this.byPlatform).get(target.platform);
  }
}
