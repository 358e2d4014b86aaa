// The password strength rule: reasons in plain Dutch for what zxcvbn finds weak; strong phrases pass.
import { describe, expect, it } from 'vitest';
import { passwordProblem } from '../../../src/accounts/password.ts';
import { weakPasswordReason } from '../../../src/accounts/strength.ts';

describe('weakPasswordReason', () => {
  it.each([
    [' '.repeat(12), 'het wachtwoord bestaat alleen uit spaties'],
    ['\t \t \t \t \t \t ', 'het wachtwoord bestaat alleen uit spaties'],
    ['a'.repeat(12), 'het wachtwoord is te zwak: het herhaalt steeds hetzelfde teken'],
    ['abcdefghijkl', 'het wachtwoord is te zwak: het is een reeks als abcd of 1234'],
    ['123456789012', 'het wachtwoord is te zwak: het is een veelgebruikt wachtwoord'],
  ])('refuses %j', async (password, reason) => {
    expect(await weakPasswordReason(password)).toMatch(new RegExp(`^${reason.replace(/[()]/g, '\\$&')}`));
  });

  it('accepts a phrase of loose words and the passwords of the test suites', async () => {
    for (const password of ['drie losse woorden fiets', 'een-goed-wachtwoord', 'beheer-wachtwoord-1'])
      expect(await weakPasswordReason(password)).toBeNull();
  });

  it('is part of passwordProblem after the length rules', async () => {
    expect(await passwordProblem('kort')).toBe('het wachtwoord moet minstens 12 tekens hebben');
    expect(await passwordProblem('a'.repeat(12))).toMatch(/te zwak/);
  });
});
