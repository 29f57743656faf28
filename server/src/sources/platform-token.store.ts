import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AUDIT_KEY } from '../audit/audit-key.js';
import { PlatformTokensRepository } from './platform-tokens.repository.js';

/** A user-context access token and the refresh token that renews it. */
export type TokenPair = { accessToken: string; refreshToken: string };

/** Which account's tokens, and the refresh token the environment gave for it. */
export type TokenOwner = { platform: string; accountId: string; seedRefreshToken: string };

/**
 * Keeps tokens a platform rotates (X's refresh token changes at every refresh) in the database,
 * so a restart or another replica carries on with the newest instead of the environment's spent
 * one. They are sealed with AES-256-GCM under a key derived from the audit key, which lives outside
 * the database: a copy of the database alone does not give them away. Stored tokens apply only
 * while the environment still gives the refresh token they grew from; a new one set there wins.
 */
@Injectable()
export class PlatformTokenStore {
  private readonly key: Buffer;

  constructor(
    @Inject(AUDIT_KEY) auditKey: Buffer,
    private readonly tokens: PlatformTokensRepository,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', auditKey, Buffer.alloc(0), 'ou-listening platform tokens', 32));
  }

  /** The newest tokens stored for this account, or undefined (none, another seed, or unreadable). */
  async load(owner: TokenOwner, tx?: EntityManager): Promise<TokenPair | undefined> {
    const row = await this.tokens.find(owner.platform, owner.accountId, tx);
    if (!row || row.seeded_from !== this.seedOf(owner)) return undefined;
    return this.open(row.sealed);
  }

  async save(owner: TokenOwner, pair: TokenPair, tx?: EntityManager): Promise<void> {
    await this.tokens.save(owner.platform, owner.accountId, this.seedOf(owner), this.seal(pair), tx);
  }

  /** `work` with this account's tokens locked against other replicas refreshing them at once. */
  whileLocked<T>(owner: TokenOwner, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.tokens.whileLocked(owner.platform, owner.accountId, work);
  }

  private seedOf(owner: TokenOwner): string {
    return createHmac('sha256', this.key).update(owner.seedRefreshToken).digest('hex');
  }

  private seal(pair: TokenPair): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(pair), 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64')))
      .join(':');
  }

  /** Undefined when the audit key has changed since sealing (or the value was tampered with). */
  private open(sealed: string): TokenPair | undefined {
    const [version, iv, tag, body] = sealed.split(':');
    if (version !== 'v1' || !iv || !tag || !body) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      const text = Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
      const pair = JSON.parse(text) as Partial<TokenPair>;
      return typeof pair.accessToken === 'string' && typeof pair.refreshToken === 'string'
        ? { accessToken: pair.accessToken, refreshToken: pair.refreshToken }
        : undefined;
    } catch {
      return undefined;
    }
  }
}
