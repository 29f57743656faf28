import { Injectable } from '@nestjs/common';
import { FacebookConnector } from './facebook/facebook.connector.js';
import { InstagramConnector } from './instagram/instagram.connector.js';
import type { PlatformModerator } from './platform-moderation.types.js';

/** The platforms that let the OU act on comments on its own accounts, by mentions.platform. */
@Injectable()
export class PlatformModerationService {
  private readonly byPlatform: Map<string, PlatformModerator>;

  constructor(facebook: FacebookConnector, instagram: InstagramConnector) {
    this.byPlatform = new Map<string, PlatformModerator>([
      [facebook.platform, facebook],
      [instagram.platform, instagram],
    ]);
  }

  find(platform: string): PlatformModerator | undefined {
    return this.byPlatform.get(platform);
  }
}
