import { createHmac } from 'node:crypto';
import type { AppConfig } from '../config/app-config.js';

/** Inject with `@Inject(SUPPRESSION_KEY) key: Buffer`. */
export const SUPPRESSION_KEY = Symbol('SuppressionKey');

/**
 * The key of the suppression list. SUPPRESSION_KEY when set: then the audit key can be rotated
 * without forgetting who was erased. Unset (dev, demo, and installs from before the variable), it
 * is derived from the audit key as it always was, so existing entries keep matching.
 */
export function loadSuppressionKey(config: Pick<AppConfig, 'retention'>, auditKey: Buffer): Buffer {
  if (config.retention.suppressionKey) return Buffer.from(config.retention.suppressionKey, 'utf8');
  return createHmac('sha256', auditKey).update('ou-listening/suppression/v1').digest();
}
