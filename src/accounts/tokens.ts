// Random secrets (session ids, CSRF tokens, invitation tokens): 256 bits from the CSPRNG, base64url. The database
// stores only a SHA-256 of session and invitation tokens, so a leaked table does not give access.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');

export const newId = (): string => randomBytes(12).toString('base64url');

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Constant-time comparison of two strings (false when the lengths differ). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A token as it may appear in a cookie or a URL: 43 base64url characters. */
export const tokenPattern = /^[A-Za-z0-9_-]{43}$/;
