import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Challenge, createChallenge, randomInt, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { AUDIT_KEY } from '../audit/audit-key.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.module.js';
import { ProofOfWorkRefused } from './reports.errors.js';

const ALGORITHM = 'SHA-256';

/** A solved challenge that verified: its nonce is spent when the report is stored. */
export type VerifiedProof = { nonce: string; expiresAt: Date };

/**
 * ALTCHA proof of work, served and checked here (no third party). Challenges are signed with keys
 * derived from the audit key, so every replica verifies every other replica's challenges and
 * nothing is kept per challenge until it is redeemed. In deterministic mode the server knows the
 * answer's key and signs it, so checking a solution costs one HMAC, not the work itself.
 */
@Injectable()
export class ProofOfWork {
  private readonly signatureSecret: string;
  private readonly keySignatureSecret: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(AUDIT_KEY) auditKey: Buffer,
  ) {
    this.signatureSecret = derive(auditKey, 'report-pow-signature');
    this.keySignatureSecret = derive(auditKey, 'report-pow-key-signature');
  }

  challenge(now: Date): Promise<Challenge> {
    const { powCost, powMaxNumber, powTtlSeconds } = this.config.reports;
    return createChallenge({
      algorithm: ALGORITHM,
      cost: powCost,
      counter: randomInt(Math.floor(powMaxNumber / 2), powMaxNumber),
      deriveKey,
      expiresAt: Math.floor(now.getTime() / 1000) + powTtlSeconds,
      hmacSignatureSecret: this.signatureSecret,
      hmacKeySignatureSecret: this.keySignatureSecret,
    });
  }

  /** Checks the widget's payload (base64 JSON of {challenge, solution}); throws what to do if it fails. */
  async verify(payload: string | undefined): Promise<VerifiedProof> {
    if (!payload)
      throw new ProofOfWorkRefused(
        'The anti-spam check is missing. Wait for "Verified" next to the check box, then send the report again.',
      );
    const parsed = parsePayload(payload);
    if (!parsed)
      throw new ProofOfWorkRefused('The anti-spam check is not in the expected form. Reload the page and try again.');
    let result;
    try {
      result = await verifySolution({
        challenge: parsed.challenge,
        solution: parsed.solution,
        deriveKey,
        hmacSignatureSecret: this.signatureSecret,
        hmacKeySignatureSecret: this.keySignatureSecret,
      });
    } catch {
      throw new ProofOfWorkRefused('The anti-spam check is not in the expected form. Reload the page and try again.');
    }
    if (result.expired)
      throw new ProofOfWorkRefused('The anti-spam check has expired. Tick the check box again, then send.');
    if (!result.verified)
      throw new ProofOfWorkRefused('The anti-spam check did not verify. Reload the page and try again.');
    const expiresAt = parsed.challenge.parameters.expiresAt;
    return {
      nonce: parsed.challenge.parameters.nonce,
      expiresAt: new Date((expiresAt ?? 0) * 1000),
    };
  }
}

function derive(key: Buffer, purpose: string): string {
  return createHmac('sha256', key).update(purpose).digest('hex');
}

type Payload = { challenge: Challenge; solution: { counter: number; derivedKey: string } };

function parsePayload(raw: string): Payload | null {
  if (raw.length > 4096) return null;
  try {
    const value = JSON.parse(Buffer.from(raw, 'base64').toString('utf8')) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const { challenge, solution } = value as Partial<Payload>;
    if (typeof challenge !== 'object' || challenge === null || typeof challenge.parameters !== 'object') return null;
    if (typeof challenge.parameters?.nonce !== 'string' || typeof challenge.parameters.expiresAt !== 'number')
      return null;
    if (typeof solution !== 'object' || solution === null) return null;
    if (typeof solution.counter !== 'number' || typeof solution.derivedKey !== 'string') return null;
    return { challenge, solution };
  } catch {
    return null;
  }
}
