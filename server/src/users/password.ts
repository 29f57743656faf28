import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { checkPasswordPolicy } from './password-policy.js';

/**
 * argon2id at OWASP's first recommended setting (19 MiB, t=2, p=1): about 40 ms a check here. The
 * library's default (64 MiB, t=3, p=4) took ten times as long, so a burst of sign-ins held the
 * CPU for seconds; the throttle, not the hash cost, is what stops online guessing.
 */
export const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** A password its owner chose: the policy first (it throws WeakPassword), then the hash. */
export function hashPassword(password: string, owner: { email: string }): Promise<string> {
  checkPasswordPolicy(password, owner);
  return argon2.hash(password, HASH_OPTIONS);
}

/** A new random password and its hash; strong by construction, so the policy is not asked. */
export async function newGeneratedPassword(): Promise<{ password: string; passwordHash: string }> {
  const password = generatePassword();
  return { password, passwordHash: await argon2.hash(password, HASH_OPTIONS) };
}

/** A hash made with other settings (an older default) is replaced at the next successful sign-in. */
export function needsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, HASH_OPTIONS);
}

/** The same password under today's settings; no policy check, since it is already the user's password. */
export function rehashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** 20 characters from a 56-symbol alphabet without look-alikes: about 116 bits. */
export function generatePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(40);
  let out = '';
  for (const byte of bytes) {
    if (byte >= 224) continue; // 224 = 4 × 56: keeps the choice uniform
    out += alphabet[byte % alphabet.length];
    if (out.length === 20) break;
  }
  return out.length === 20 ? out : generatePassword();
}

/** A hash to verify against when the email is unknown, so both failures take the same time. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  return (decoyHash ??= argon2.hash(generatePassword(), HASH_OPTIONS));
}
