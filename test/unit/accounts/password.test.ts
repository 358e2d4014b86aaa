import { describe, expect, it } from 'vitest';
import { readCookie, sessionCookie } from '../../../src/accounts/cookies.ts';
import { hashPassword, verifyPassword } from '../../../src/accounts/password.ts';

describe('password hashing (scrypt)', () => {
  it('stores the parameters and a per-password salt, and verifies only the right password', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1099511627776$8$1$AAAA$AAAA')).toBe(false);
  });
});

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Lax, Path=/ and Secure only when asked', () => {
    expect(sessionCookie('abc', { secure: false, maxAge: 60 })).toBe(
      'jp_session=abc; Path=/; HttpOnly; SameSite=Lax; Max-Age=60',
    );
    expect(sessionCookie('abc', { secure: true, maxAge: 60 })).toMatch(/; Secure$/);
    expect(() => sessionCookie('a;b', { secure: false, maxAge: 1 })).toThrow();
  });
  it('reads the first cookie of that name', () => {
    expect(readCookie('a=1; jp_session=xyz; jp_session=evil', 'jp_session')).toBe('xyz');
    expect(readCookie(undefined, 'jp_session')).toBeNull();
    expect(readCookie('jp_session=', 'jp_session')).toBeNull();
  });
});
