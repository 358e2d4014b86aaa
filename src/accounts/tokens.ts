// Checking secrets that come in (session ids, CSRF tokens, invitation tokens); they are made in src/db/ids.ts.
import { timingSafeEqual } from 'node:crypto';

/** Constant-time comparison of two strings (false when the lengths differ). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A token as it may appear in a cookie or a URL: 43 base64url characters. */
export const tokenPattern = /^[A-Za-z0-9_-]{43}$/;
