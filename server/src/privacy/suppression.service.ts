import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import type { NormalizedPost } from '../sources/source-connector.js';
import { authorHash } from './author-hash.js';
import { PrivacyRepository } from './privacy.repository.js';
import { SUPPRESSION_KEY } from './suppression-key.js';

/**
 * Drops erased authors' new posts at ingestion, and counts what it dropped per author. Satisfies
 * ingestion's AuthorSuppression port (bound in IngestModule) by shape, as ClassifierService does its own.
 */
@Injectable()
export class SuppressionService {
  constructor(
    private readonly privacy: PrivacyRepository,
    @Inject(SUPPRESSION_KEY) private readonly key: Buffer,
    private readonly clock: Clock,
  ) {}

  hashOf(platform: string, authorId: string): string {
    return authorHash(this.key, platform, authorId);
  }

  async keepUnsuppressed(posts: NormalizedPost[]): Promise<NormalizedPost[]> {
    const hashes = posts.map((p) => (p.authorId ? this.hashOf(p.platform, p.authorId) : null));
    const suppressed = await this.privacy.suppressedAmong([...new Set(hashes.filter((h): h is string => !!h))]);
    if (suppressed.size === 0) return posts;
    const dropped = new Map<string, number>();
    const kept = posts.filter((_, i) => {
      const hash = hashes[i];
      if (!hash || !suppressed.has(hash)) return true;
      dropped.set(hash, (dropped.get(hash) ?? 0) + 1);
      return false;
    });
    await this.privacy.countDropped(dropped, this.clock.now());
    return kept;
  }
}
