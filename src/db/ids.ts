// Random ids and secrets the stores make (row ids, session ids, CSRF and invitation tokens): 256 bits from the
// CSPRNG for secrets, base64url. Only a SHA-256 of session and invitation tokens is stored, so a leaked table does
// not give access.
import { createHash, randomBytes } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');

export const newId = (): string => randomBytes(12).toString('base64url');

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
